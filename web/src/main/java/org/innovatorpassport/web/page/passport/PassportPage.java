package org.innovatorpassport.web.page.passport;

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
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.assurance.api.Reliances;
import org.innovatorpassport.assurance.api.StatusChange;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.templates.api.EvidenceType;
import org.innovatorpassport.templates.api.Templates;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.FormInput;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;

/**
 * One innovator passport as the people around it see it: what it covers and until when, how to check
 * it, and what each may do with it. What is offered is exactly what the passport allows this caller.
 */
@Path("/passports")
@Produces(Replies.HTML)
public class PassportPage {

    /**
     * The passport page: {@code trust} says the caller speaks for a trust (so the page says where its
     * trust stands), {@code relied} whether that trust already relies on it; {@code refused} names the
     * form ("suspend" or "revoke") a refusal belongs to, with what was typed in it.
     */
    public record PassportScreen(Shell shell, PassportView passport, Map<String, EvidenceType> types, boolean trust,
                                 boolean relied, String done, ErrorSummary summary, String refused,
                                 Map<String, String> errors, String typedReason) {
    }

    @Inject
    Passports passports;

    @Inject
    Reliances reliances;

    @Inject
    Templates templates;

    @Inject
    Callers callers;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD, Roles.ADMIN})
    public View show(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return screen(passports.get(id), null, null, "", done);
    }

    @POST
    @Path("{id}/reliance")
    @RolesAllowed(Roles.TRUST)
    public Response rely(@PathParam("id") UUID id) {
        return Replies.attempt(() -> {
            reliances.rely(id);
            return Replies.seeOther("/passports/" + id + "?done=relied");
        }, refused -> screen(passports.get(id), "rely", refused, "", null));
    }

    @POST
    @Path("{id}/suspension")
    @RolesAllowed(Roles.ASSESSOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        String reason = new FormInput(fields).text("reason");
        return Replies.attempt(() -> {
            passports.suspend(id, new StatusChange(reason));
            return Replies.seeOther("/passports/" + id + "?done=suspended");
        }, refused -> screen(passports.get(id), "suspend", refused, reason, null));
    }

    @POST
    @Path("{id}/revocation")
    @RolesAllowed(Roles.ASSESSOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        String reason = new FormInput(fields).text("reason");
        return Replies.attempt(() -> {
            passports.revoke(id, new StatusChange(reason));
            return Replies.seeOther("/passports/" + id + "?done=revoked");
        }, refused -> screen(passports.get(id), "revoke", refused, reason, null));
    }

    @POST
    @Path("{id}/renewal")
    @RolesAllowed(Roles.SUPPLIER)
    public Response renew(@PathParam("id") UUID id) {
        return Replies.attempt(() -> Replies.seeOther("/supplier/submissions/" + passports.renew(id).id() + "?done=renewal"),
                refused -> screen(passports.get(id), "renew", refused, "", null));
    }

    private View screen(PassportView p, String form, Problem problem, String typedReason, String done) {
        Caller caller = callers.required();
        boolean trust = caller.hasRole(Roles.TRUST);
        boolean relied = trust && reliances.mine().stream().anyMatch(r -> r.passportId().equals(p.id()));
        String title = "Innovator passport for " + p.productName() + " " + p.productVersion();
        ErrorSummary summary = ErrorSummary.of(problem, List.of("reason"), f -> "reason".equals(f) ? form + "-reason" : null);
        return new View("passport/passport", new PassportScreen(Shell.of(title, callers.current(), problem), p,
                templates.evidenceTypes(), trust, relied, done, summary, form,
                problem == null ? Map.of() : problem.fieldErrors(), typedReason));
    }
}
