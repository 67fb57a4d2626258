package org.innovatorpassport.web.page.assessor;

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
import java.util.UUID;
import org.innovatorpassport.assurance.api.Assignment;
import org.innovatorpassport.assurance.api.Assignments;
import org.innovatorpassport.assurance.api.ClarificationNote;
import org.innovatorpassport.assurance.api.Clarifications;
import org.innovatorpassport.assurance.api.Evidence;
import org.innovatorpassport.assurance.api.EvidenceView;
import org.innovatorpassport.assurance.api.EvidenceMatch;
import org.innovatorpassport.assurance.api.PassportConditions;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.assurance.api.SubmissionSummary;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.assurance.api.Submissions;
import org.innovatorpassport.assurance.api.Verdict;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.templates.api.Decision;
import org.innovatorpassport.templates.api.Template;
import org.innovatorpassport.templates.api.Templates;
import org.innovatorpassport.web.page.FormInput;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;
import org.innovatorpassport.web.page.assessor.ReviewScreen.Attempt;
import org.innovatorpassport.web.page.submission.ConversationPanel;
import org.innovatorpassport.web.page.submission.SubmissionCriteria;

/** An assessor's queue of submissions and passports, and the review of one submission. */
@Path("/assessor")
@Produces(Replies.HTML)
public class AssessorPages {
    private static final int MAX_QUERY = 200;

    /** The queue: submitted work waiting, and the passports issued. */
    public record QueueScreen(Shell shell, List<SubmissionSummary> waiting, List<PassportView> passports) {
    }

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

    @Inject
    Clarifications clarifications;

    @Inject
    Assignments assignments;

    @GET
    @RolesAllowed(Roles.ASSESSOR)
    public View queue() {
        return new View("assessor/queue", new QueueScreen(Shell.of("Submissions to review", callers.current()),
                submissions.list(), passports.list()));
    }

    @GET
    @Path("submissions/{id}")
    @RolesAllowed(Roles.ASSESSOR)
    public View review(@PathParam("id") UUID id, @QueryParam("q") String query, @QueryParam("done") String done) {
        return screen(id, query, Attempt.NONE, done);
    }

    @POST
    @Path("submissions/{id}/decisions")
    @RolesAllowed(Roles.ASSESSOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        FormInput form = new FormInput(fields);
        String criterion = form.text("criterion");
        String comment = form.text("comment");
        return Replies.attempt(() -> {
            submissions.decide(id, new Verdict(criterion, decision(form.text("decision")), comment.isEmpty() ? null : comment));
            return Replies.seeOther("/assessor/submissions/" + id + "?done=decided#" + SubmissionCriteria.anchor(criterion));
        }, refused -> screen(id, null, new Attempt("decision", refused, criterion, form.text("decision"), comment), null));
    }

    @POST
    @Path("submissions/{id}/return")
    @RolesAllowed(Roles.ASSESSOR)
    public Response returnToSupplier(@PathParam("id") UUID id) {
        return Replies.attempt(() -> {
            submissions.returnToSupplier(id);
            return Replies.seeOther("/assessor/submissions/" + id + "?done=returned");
        }, refused -> screen(id, null, new Attempt("return", refused, null, null, null), null));
    }

    @POST
    @Path("submissions/{id}/passport")
    @RolesAllowed(Roles.ASSESSOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        String conditions = new FormInput(fields).text("conditions");
        return Replies.attempt(() -> Replies.seeOther("/passports/" + passports.issue(id, PassportConditions.lines(conditions)).id()
                + "?done=issued"), refused -> screen(id, null, new Attempt("passport", refused, null, null, conditions), null));
    }

    /** A question or a follow-up on one criterion. */
    @POST
    @Path("submissions/{id}/clarifications")
    @RolesAllowed(Roles.ASSESSOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response clarify(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        FormInput form = new FormInput(fields);
        String criterion = form.text("criterion");
        String text = form.text("text");
        return Replies.attempt(() -> {
            clarifications.write(id, new ClarificationNote(criterion, text, null));
            return Replies.seeOther("/assessor/submissions/" + id + "?done=asked#" + SubmissionCriteria.anchor(criterion));
        }, refused -> screen(id, null, new Attempt("clarify", refused, criterion, null, text), null));
    }

    @POST
    @Path("submissions/{id}/assignment")
    @RolesAllowed(Roles.ASSESSOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        FormInput form = new FormInput(fields);
        return Replies.attempt(() -> {
            assignments.assign(id, form.id("assessorId", "Choose yourself or a colleague of your assurance body"));
            return Replies.seeOther("/assessor/submissions/" + id + "?done=assigned");
        }, refused -> screen(id, null, new Attempt("assign", refused, null, null, null), null));
    }

    private View screen(UUID id, String query, Attempt attempt, String done) {
        SubmissionView view = submissions.get(id);
        Template template = templates.find(view.templateId(), view.templateVersion())
                .orElseThrow(() -> Problem.notFound("Template " + view.templateId() + " version " + view.templateVersion()));
        String product = products.find(view.productId()).map(p -> p.details().name() + " " + p.details().version())
                .orElse("product");
        String q = query == null ? "" : query.trim();
        q = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
        List<EvidenceMatch> matches = q.isEmpty() ? List.of() : evidence.search(id, q);
        List<EvidenceView> documents = evidence.ofSubmission(id);
        ConversationPanel conversation = new ConversationPanel(clarifications.of(id), "/assessor/submissions/" + id + "/clarifications",
                documents, attempt.form().equals("clarify")
                        ? new ConversationPanel.Refused(attempt.problem(), attempt.criterion(), attempt.text(), "")
                        : ConversationPanel.Refused.NONE);
        Assignment assignment = assignments.of(id);
        AssignmentPanel assigned = new AssignmentPanel(assignment, assignment.mayAssign() ? assignments.colleagues() : List.of(),
                callers.required().userId(), attempt.form().equals("assign") ? attempt.problem().fieldErrors()
                        .getOrDefault("assessorId", attempt.problem().detail()) : null);
        ReviewScreen screen = new ReviewScreen(null, view, template, product, documents, templates.evidenceTypes(),
                q, matches, attempt, done, conversation, assigned);
        return new View("assessor/review", screen.withShell(Shell.of(screen.title(), callers.current(), attempt.problem())));
    }

    /** The decision as sent; anything else reads as none, which the module refuses with its own message. */
    private static Decision decision(String value) {
        return java.util.Arrays.stream(Decision.values()).filter(d -> d.name().equals(value)).findFirst().orElse(null);
    }
}
