package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.assurance.api.PassportEvidence;
import org.innovatorpassport.assurance.api.PassportStatus;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.assurance.api.Reliances;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.templates.api.EvidenceType;
import org.innovatorpassport.templates.api.Templates;

/**
 * One innovator passport as the people around it see it: what it covers and until when, how to check
 * it, and what each may do with it: a trust relies on it, an assessor suspends or revokes it, the
 * supplier renews it.
 */
@Path("/passports")
@Produces(Replies.HTML)
public class PassportPage {

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
    public String show(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return render(passports.get(id), null, null, "", banner(done));
    }

    @POST
    @Path("{id}/reliance")
    @RolesAllowed(Roles.TRUST)
    public Response rely(@PathParam("id") UUID id) {
        try {
            reliances.rely(id);
            return Replies.seeOther("/passports/" + id + "?done=relied");
        } catch (RuntimeException e) {
            return refused(id, "rely", Replies.refusal(e), "");
        }
    }

    @POST
    @Path("{id}/suspension")
    @RolesAllowed(Roles.ASSESSOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        String reason = new FormInput(fields).text("reason");
        try {
            passports.suspend(id, required(reason, "suspend"));
            return Replies.seeOther("/passports/" + id + "?done=suspended");
        } catch (RuntimeException e) {
            return refused(id, "suspend", Replies.refusal(e), reason);
        }
    }

    @POST
    @Path("{id}/revocation")
    @RolesAllowed(Roles.ASSESSOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        String reason = new FormInput(fields).text("reason");
        try {
            passports.revoke(id, required(reason, "revoke"));
            return Replies.seeOther("/passports/" + id + "?done=revoked");
        } catch (RuntimeException e) {
            return refused(id, "revoke", Replies.refusal(e), reason);
        }
    }

    @POST
    @Path("{id}/renewal")
    @RolesAllowed(Roles.SUPPLIER)
    public Response renew(@PathParam("id") UUID id) {
        try {
            SubmissionView renewal = passports.renew(id);
            return Replies.seeOther("/supplier/submissions/" + renewal.id() + "?done=renewal");
        } catch (RuntimeException e) {
            return refused(id, "renew", Replies.refusal(e), "");
        }
    }

    private static String required(String reason, String action) {
        if (reason.isEmpty()) {
            throw Problem.invalid("reason", "Enter why you " + action + " this passport");
        }
        if (reason.length() > 2000) {
            throw Problem.invalid("reason", "Keep the reason to 2000 characters or fewer");
        }
        return reason;
    }

    private Response refused(UUID id, String form, Problem problem, String typedReason) {
        return Replies.page(problem.status(), render(passports.get(id), form, problem, typedReason, null));
    }

    private String render(PassportView p, String form, Problem problem, String typedReason, String banner) {
        Caller caller = callers.required();
        String title = "Innovator passport for " + p.productName() + " " + p.productVersion();
        String body = Forms.errorSummary(problem, List.of("reason"), f -> "reason".equals(f) ? form + "-reason" : null)
                + Notices.success(banner)
                + "<span class=\"nhsuk-caption-l\">" + text(p.supplierName()) + "</span><h1>" + text(title) + "</h1>"
                + details(p) + evidence(p) + conditions(p)
                + (caller.hasRole(Roles.TRUST) ? reliance(p) : "")
                + (caller.hasRole(Roles.SUPPLIER) && caller.actsFor(p.supplierId()) ? renewal(p) : "")
                + (caller.hasRole(Roles.ASSESSOR) && p.status() != PassportStatus.REVOKED && p.status() != PassportStatus.SUPERSEDED
                ? standing(p, form, problem, typedReason) : "");
        return Layout.page(Forms.title(title, problem), callers.current(), body);
    }

    private static String details(PassportView p) {
        List<String[]> rows = new ArrayList<>();
        rows.add(Tables.row("Status", Tags.passport(p.status()) + (p.statusReason() == null || p.statusReason().isBlank() ? ""
                : " " + text(p.statusReason()))));
        rows.add(Tables.row("Product", text(p.productName())));
        rows.add(Tables.row("Version", text(p.productVersion())));
        rows.add(Tables.row("Supplier", text(p.supplierName())));
        rows.add(Tables.row("Assessed against", text(SubmissionCriteria.assessment(p.templateId(), p.templateVersion()))));
        rows.add(Tables.row("Issued by", text(p.assessorName() + ", " + p.assuranceBody())));
        rows.add(Tables.row("Issued", text(Dates.day(p.issuedOn()))));
        rows.add(Tables.row("Expires", text(Dates.day(p.expiresOn()))));
        rows.add(Tables.row("Verification code", "<code>" + text(p.code()) + "</code> "
                + Tables.link("/verify/" + URLEncoder.encode(p.code(), StandardCharsets.UTF_8), "Check it on the public verification page")));
        rows.add(Tables.row("Signature", p.signature().valid() ? text(p.signature().summary())
                : Tags.tag("Not valid", "red") + " " + text(p.signature().summary())));
        rows.add(Tables.row("Trusts relying on it", text(p.assessmentsAvoided() + (p.assessmentsAvoided() == 1
                ? " trust, so 1 assessment was not repeated" : " trusts, so " + p.assessmentsAvoided() + " assessments were not repeated"))));
        rows.add(Tables.row("Certificate", Tables.link("/api/passports/" + p.id() + "/certificate", "Download the certificate (PDF)")));
        if (p.supersededBy() != null) {
            rows.add(Tables.row("Replaced by", Tables.link("/passports/" + p.supersededBy(), "the newer passport")));
        }
        return Tables.summary(rows);
    }

    private String evidence(PassportView p) {
        Map<String, EvidenceType> types = templates.evidenceTypes();
        List<List<String>> rows = new ArrayList<>();
        for (PassportEvidence e : p.evidence()) {
            rows.add(List.of(text(EvidenceList.typeTitle(types, e.type())), text(e.reference()), text(e.issuer()),
                    text(Dates.day(e.issuedOn())), text(e.expiresOn() == null ? "Does not expire" : Dates.day(e.expiresOn())),
                    "<code>" + text(EvidenceList.shortHash(e.sha256(), 16)) + "</code>"));
        }
        return "<h2>Evidence it covers</h2>" + Tables.tableOrNone("Evidence covered by this passport",
                List.of("Type", "Reference", "Issued by", "Issued", "Expires", "SHA-256 (first 16)"), rows, "No evidence is listed.");
    }

    private static String conditions(PassportView p) {
        return "<h2>Conditions</h2>" + (p.conditions().isEmpty() ? "<p>This passport has no conditions.</p>"
                : Tables.bullets(p.conditions()));
    }

    private String reliance(PassportView p) {
        boolean relied = reliances.mine().stream().anyMatch(r -> r.passportId().equals(p.id()));
        if (relied) {
            return "<h2>Your trust</h2>" + Notices.inset("<p>Your trust relies on this passport.</p>");
        }
        return "<h2>Your trust</h2><p>Rely on this passport instead of repeating the DTAC assessment. Your trust still "
                + "runs its own deployment assurance (DCB0160).</p>"
                + Forms.action("/passports/" + p.id() + "/reliance", Forms.button("Rely on this passport"));
    }

    private static String renewal(PassportView p) {
        String button = SupplierDashboardPage.renewal(p);
        return button.isEmpty() ? "" : "<h2>Renew</h2><p>Your answers are carried over; replace only the evidence that "
                + "has lapsed or changed.</p>" + button;
    }

    private static String standing(PassportView p, String form, Problem problem, String typedReason) {
        return "<h2>Suspend or revoke</h2><p>Every trust relying on this passport is told.</p>"
                + reasonForm(p, "suspend", "suspension", "Reason for suspending", Forms.secondaryButton("Suspend passport"),
                form, problem, typedReason)
                + reasonForm(p, "revoke", "revocation", "Reason for revoking", Forms.warningButton("Revoke passport"),
                form, problem, typedReason);
    }

    private static String reasonForm(PassportView p, String name, String path, String label, String button,
                                     String form, Problem problem, String typedReason) {
        boolean refused = name.equals(form);
        Control reason = Control.of(name + "-reason", label).named("reason")
                .errorFrom(refused ? Forms.errors(problem) : Map.of(), "reason");
        return "<form method=\"post\" action=\"/passports/" + p.id() + "/" + path + "\" novalidate>"
                + Forms.textarea(reason, refused ? typedReason : "", 2) + button + "</form>";
    }

    private static String banner(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "issued" -> "The passport has been issued.";
            case "relied" -> "Your trust now relies on this passport.";
            case "suspended" -> "The passport has been suspended.";
            case "revoked" -> "The passport has been revoked.";
            default -> null;
        };
    }
}
