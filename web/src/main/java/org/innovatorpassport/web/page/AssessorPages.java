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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.innovatorpassport.assurance.api.Evidence;
import org.innovatorpassport.assurance.api.EvidenceMatch;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.assurance.api.SubmissionSummary;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.assurance.api.Submissions;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.templates.api.Decision;
import org.innovatorpassport.templates.api.Template;
import org.innovatorpassport.templates.api.Templates;

/** An assessor's queue of submissions and passports, and the review of one submission. */
@Path("/assessor")
@Produces(Replies.HTML)
public class AssessorPages {
    private static final int MAX_QUERY = 200;

    @Inject
    Submissions submissions;

    @Inject
    Evidence evidence;

    @Inject
    Passports passports;

    @Inject
    Templates templates;

    @Inject
    Products products;

    @Inject
    Callers callers;

    @GET
    @RolesAllowed(Roles.ASSESSOR)
    public String queue() {
        List<List<String>> waiting = new ArrayList<>();
        for (SubmissionSummary s : submissions.list()) {
            waiting.add(List.of(Tables.link("/assessor/submissions/" + s.id(), s.productName() + " " + s.productVersion()),
                    text(s.supplierName()), text(SubmissionCriteria.assessment(s.templateId(), s.templateVersion())),
                    Tags.submission(s.status()), text(Dates.moment(s.submittedAt()))));
        }
        List<List<String>> issued = new ArrayList<>();
        for (PassportView p : passports.list()) {
            issued.add(List.of(Tables.link("/passports/" + p.id(), p.productName() + " " + p.productVersion()),
                    text(p.supplierName()), Tags.passport(p.status()), text(Dates.day(p.issuedOn())), text(Dates.day(p.expiresOn()))));
        }
        return Layout.page("Submissions to review", callers.current(), "<h1>Submissions to review</h1>"
                + Tables.tableOrNone("Submissions sent for assessment", List.of("Product", "Supplier", "Assessment", "Status",
                "Submitted"), waiting, "No submission is waiting for review.")
                + "<h2>Passports</h2>" + Tables.tableOrNone("Innovator passports", List.of("Product", "Supplier", "Status",
                "Issued", "Expires"), issued, "No passport has been issued yet."));
    }

    @GET
    @Path("submissions/{id}")
    @RolesAllowed(Roles.ASSESSOR)
    public String review(@PathParam("id") UUID id, @QueryParam("q") String query, @QueryParam("done") String done) {
        return render(id, query, ReviewScreen.Attempt.NONE, banner(done));
    }

    @POST
    @Path("submissions/{id}/decisions")
    @RolesAllowed(Roles.ASSESSOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        FormInput form = new FormInput(fields);
        String criterion = form.text("criterion");
        Decision decision = decision(form.text("decision"));
        try {
            if (decision == null) {
                throw Problem.invalid("decision", "Select met, not met or clarification needed");
            }
            submissions.decide(id, criterion, decision, form.text("comment").isEmpty() ? null : form.text("comment"));
            return Replies.seeOther("/assessor/submissions/" + id + "?done=decided#" + SubmissionCriteria.anchor(criterion));
        } catch (RuntimeException e) {
            Problem refused = Replies.refusal(e);
            return Replies.page(refused.status(), render(id, null, new ReviewScreen.Attempt("decision", refused, criterion,
                    form.text("decision"), form.text("comment")), null));
        }
    }

    @POST
    @Path("submissions/{id}/return")
    @RolesAllowed(Roles.ASSESSOR)
    public Response returnToSupplier(@PathParam("id") UUID id) {
        try {
            submissions.returnToSupplier(id);
            return Replies.seeOther("/assessor/submissions/" + id + "?done=returned");
        } catch (RuntimeException e) {
            Problem refused = Replies.refusal(e);
            return Replies.page(refused.status(), render(id, null, new ReviewScreen.Attempt("return", refused, null, null, null), null));
        }
    }

    @POST
    @Path("submissions/{id}/passport")
    @RolesAllowed(Roles.ASSESSOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        String conditions = new FormInput(fields).text("conditions");
        try {
            List<String> lines = conditions.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
            PassportView passport = passports.issue(id, lines);
            return Replies.seeOther("/passports/" + passport.id() + "?done=issued");
        } catch (RuntimeException e) {
            Problem refused = Replies.refusal(e);
            return Replies.page(refused.status(), render(id, null, new ReviewScreen.Attempt("passport", refused, null, null,
                    conditions), null));
        }
    }

    private String render(UUID id, String query, ReviewScreen.Attempt attempt, String banner) {
        SubmissionView view = submissions.get(id);
        Template template = templates.find(view.templateId(), view.templateVersion())
                .orElseThrow(() -> Problem.notFound("Template " + view.templateId() + " version " + view.templateVersion()));
        String product = products.find(view.productId()).map(p -> p.details().name() + " " + p.details().version())
                .orElse("product");
        String supplier = submissions.list().stream().filter(s -> s.id().equals(id)).map(SubmissionSummary::supplierName)
                .findFirst().orElse("Supplier");
        String q = query == null ? "" : query.trim();
        q = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
        List<EvidenceMatch> matches = q.isEmpty() ? List.of() : evidence.search(id, q);
        ReviewScreen screen = new ReviewScreen(new ReviewScreen.Subject(view, template, product, supplier),
                evidence.ofSubmission(id), templates.evidenceTypes(), q, matches, attempt);
        return Layout.page(Forms.title(screen.title(), attempt.problem()), callers.current(), screen.body(banner));
    }

    private static Decision decision(String value) {
        for (Decision d : Decision.values()) {
            if (d.name().equals(value)) {
                return d;
            }
        }
        return null;
    }

    private static String banner(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "decided" -> "Your decision has been saved.";
            case "returned" -> "The submission has been returned to the supplier for clarification.";
            default -> null;
        };
    }
}
