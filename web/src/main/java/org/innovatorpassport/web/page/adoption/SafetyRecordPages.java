package org.innovatorpassport.web.page.adoption;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.adoption.api.HazardEntry;
import org.innovatorpassport.adoption.api.HazardStatus;
import org.innovatorpassport.adoption.api.LocalAssurance;
import org.innovatorpassport.adoption.api.SafetyCaseDetails;
import org.innovatorpassport.adoption.api.SafetyRecordView;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.FormInput;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;

/**
 * A trust's local deployment assurance (DCB0160) for one pipeline: its Clinical Safety Officer and
 * safety case summary, its local hazard log on the risk matrix, and the sign-off, beside the
 * supplier's DCB0129 evidence from the passport, which the trust reads and never redoes.
 */
@Path("/adoptions/{id}/dcb0160")
@Produces(Replies.HTML)
public class SafetyRecordPages {
    static final List<String> DETAIL_FIELDS = List.of("officerName", "professionalBody", "registrationNumber", "safetyCaseSummary");
    static final List<String> HAZARD_FIELDS = List.of("hazard", "cause", "effect", "existingControls", "addedControls", "severity",
            "likelihood", "owner", "status", "justification");

    /** The record; {@code refused} names the form ("details", "hazard", "sign-off") a refusal belongs to, {@code typed} what was typed in it. */
    public record SafetyScreen(Shell shell, SafetyRecordView record, String done, ErrorSummary summary, String refused,
                               Map<String, String> errors, Map<String, String> typed) {

        public String typed(String field) {
            return typed.getOrDefault(field, "");
        }
    }

    @Inject
    LocalAssurance localAssurance;

    @Inject
    Callers callers;

    @GET
    @RolesAllowed({Roles.TRUST, Roles.BOARD, Roles.SUPPLIER, Roles.ADMIN})
    public View show(@PathParam("id") UUID id, @QueryParam("done") String done) {
        SafetyRecordView record = localAssurance.record(id);
        return screen(record, done, null, null, Map.of(
                "officerName", orEmpty(record.officerName()), "professionalBody", orEmpty(record.professionalBody()),
                "registrationNumber", orEmpty(record.registrationNumber()), "safetyCaseSummary", orEmpty(record.safetyCaseSummary())));
    }

    @POST
    @RolesAllowed(Roles.TRUST)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response describe(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        Map<String, String> typed = typed(new FormInput(fields), DETAIL_FIELDS);
        return Replies.attempt(() -> {
            localAssurance.describe(id, new SafetyCaseDetails(typed.get("officerName"), typed.get("professionalBody"),
                    typed.get("registrationNumber"), typed.get("safetyCaseSummary")));
            return Replies.seeOther("/adoptions/" + id + "/dcb0160?done=described");
        }, refused -> screen(localAssurance.record(id), null, refused, "details", typed));
    }

    @POST
    @Path("hazards")
    @RolesAllowed(Roles.TRUST)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addHazard(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        Map<String, String> typed = typed(new FormInput(fields), HAZARD_FIELDS);
        return Replies.attempt(() -> {
            localAssurance.addHazard(id, entry(typed));
            return Replies.seeOther("/adoptions/" + id + "/dcb0160?done=hazard");
        }, refused -> screen(localAssurance.record(id), null, refused, "hazard", typed));
    }

    /** The page posts every field of the hazard, its unchanged ones hidden, so a revision is the whole entry as the api takes it. */
    @POST
    @Path("hazards/{hazardId}")
    @RolesAllowed(Roles.TRUST)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reviseHazard(@PathParam("id") UUID id, @PathParam("hazardId") UUID hazardId, MultivaluedMap<String, String> fields) {
        Map<String, String> typed = typed(new FormInput(fields), HAZARD_FIELDS);
        return Replies.attempt(() -> {
            localAssurance.reviseHazard(id, hazardId, entry(typed));
            return Replies.seeOther("/adoptions/" + id + "/dcb0160?done=hazard");
        }, refused -> screen(localAssurance.record(id), null, refused, "revise-" + hazardId, typed));
    }

    @POST
    @Path("sign-off")
    @RolesAllowed(Roles.TRUST)
    public Response signOff(@PathParam("id") UUID id) {
        return Replies.attempt(() -> {
            localAssurance.signOff(id);
            return Replies.seeOther("/adoptions/" + id + "/dcb0160?done=signed");
        }, refused -> screen(localAssurance.record(id), null, refused, "sign-off", Map.of()));
    }

    private View screen(SafetyRecordView record, String done, Problem problem, String form, Map<String, String> typed) {
        List<String> order = form != null && (form.equals("hazard") || form.startsWith("revise-")) ? HAZARD_FIELDS : DETAIL_FIELDS;
        String prefix = form != null && form.startsWith("revise-") ? form + "-" : "";
        ErrorSummary summary = ErrorSummary.of(problem, order, f -> order.contains(f) ? prefix + f : null);
        return new View("adoption/safety", new SafetyScreen(Shell.of("Local deployment assurance (DCB0160) for "
                + record.productName() + " " + record.productVersion(), callers.current(), problem), record, done, summary, form,
                problem == null ? Map.of() : problem.fieldErrors(), typed));
    }

    private static HazardEntry entry(Map<String, String> typed) {
        return new HazardEntry(typed.get("hazard"), typed.get("cause"), typed.get("effect"), typed.get("existingControls"),
                typed.get("addedControls"), number(typed.get("severity")), number(typed.get("likelihood")), typed.get("owner"),
                status(typed.get("status")), typed.get("justification"));
    }

    private static Map<String, String> typed(FormInput form, List<String> names) {
        Map<String, String> typed = new java.util.HashMap<>();
        names.forEach(n -> typed.put(n, form.text(n)));
        return typed;
    }

    private static Integer number(String text) {
        try {
            return text.isBlank() ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static HazardStatus status(String text) {
        try {
            return text.isBlank() ? null : HazardStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
