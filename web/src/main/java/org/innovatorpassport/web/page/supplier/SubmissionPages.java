package org.innovatorpassport.web.page.supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.assurance.api.ClarificationNote;
import org.innovatorpassport.assurance.api.Clarifications;
import org.innovatorpassport.assurance.api.Evidence;
import org.innovatorpassport.assurance.api.EvidenceView;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.assurance.api.Submissions;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.templates.api.Template;
import org.innovatorpassport.templates.api.Templates;
import org.innovatorpassport.web.page.FormInput;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;
import org.innovatorpassport.web.page.submission.ConversationPanel;
import org.innovatorpassport.web.page.submission.SubmissionCriteria;
import org.innovatorpassport.web.page.submission.SubmissionCriteria.Item;
import org.innovatorpassport.web.page.submission.SubmissionCriteria.SectionItems;
import org.innovatorpassport.web.page.supplier.SubmissionScreen.Attempt;
import org.innovatorpassport.web.upload.EvidenceUploadForm;

/**
 * A supplier's submission: answer the questions, upload and replace evidence, send it for
 * assessment. Whose submission it is, and whether it can still change, is the module's to decide.
 */
@Path("/supplier/submissions")
@Produces(Replies.HTML)
public class SubmissionPages {

    @Inject
    Submissions submissions;

    @Inject
    Evidence evidence;

    @Inject
    Templates templates;

    @Inject
    Products products;

    @Inject
    Callers callers;

    @Inject
    Validator validator;

    @Inject
    Clarifications clarifications;

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.SUPPLIER)
    public View show(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return render(id, Attempt.NONE, done);
    }

    /** Sends only the answers that changed, so an unchanged answer never reopens an assessor's decision. */
    @POST
    @Path("{id}/answers")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        FormInput form = new FormInput(fields);
        SubmissionView view = submissions.get(id);
        Map<String, Answer> typed = new LinkedHashMap<>();
        List<Answer> changed = new ArrayList<>();
        for (SectionItems section : SubmissionCriteria.bySection(template(view), view)) {
            for (Item item : section.items()) {
                Answer answer = item.applies() ? AnswerInputs.typed(item.criterion(), form) : null;
                if (answer != null) {
                    typed.put(item.code(), answer);
                }
                if (AnswerInputs.changes(item.criterion(), answer, item.answer())) {
                    changed.add(answer);
                }
            }
        }
        if (changed.isEmpty()) {
            return Replies.seeOther("/supplier/submissions/" + id + "?done=unchanged");
        }
        return Replies.attempt(() -> {
            submissions.answer(id, changed, form.number("revision"));
            return Replies.seeOther("/supplier/submissions/" + id + "?done=saved");
        }, refused -> render(id, new Attempt("answers", refused, typed, Map.of(), null), null));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.SUPPLIER)
    public Response submit(@PathParam("id") UUID id) {
        return Replies.attempt(() -> {
            submissions.submit(id);
            return Replies.seeOther("/supplier/submissions/" + id + "?done=submitted");
        }, refused -> render(id, new Attempt("submit", refused, Map.of(), Map.of(), null), null));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed(Roles.SUPPLIER)
    public Response withdraw(@PathParam("id") UUID id) {
        return Replies.attempt(() -> {
            submissions.withdraw(id);
            return Replies.seeOther("/supplier/submissions/" + id + "?done=withdrawn");
        }, refused -> render(id, new Attempt("submit", refused, Map.of(), Map.of(), null), null));
    }

    /** An answer to the assessor's question on one criterion, pointing at a document of the submission if needed. */
    @POST
    @Path("{id}/clarifications")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response clarify(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        FormInput form = new FormInput(fields);
        String criterion = form.text("criterion");
        String text = form.text("text");
        ConversationPanel.Refused typed = new ConversationPanel.Refused(null, criterion, text, form.text("evidenceId"));
        return Replies.attempt(() -> {
            clarifications.write(id, new ClarificationNote(criterion, text, form.id("evidenceId", "Choose a document of this submission")));
            return Replies.seeOther("/supplier/submissions/" + id + "?done=answered#clarifications");
        }, refused -> render(id, new Attempt("clarify", refused, Map.of(), Map.of(), null), null,
                new ConversationPanel.Refused(refused, typed.criterion(), typed.text(), typed.evidenceId())));
    }

    @POST
    @Path("{id}/evidence")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("id") UUID id, List<EntityPart> parts) {
        EvidenceUploadForm upload = EvidenceUploadForm.read(parts, validator);
        return Replies.attempt(() -> {
            evidence.attach(id, upload.orRefuse().details(), upload.fileName(), upload.content());
            return Replies.seeOther("/supplier/submissions/" + id + "?done=uploaded#evidence");
        }, refused -> render(id, new Attempt("upload", refused, Map.of(), upload.typed(), null), null));
    }

    @POST
    @Path("{id}/evidence/{evidenceId}")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response replace(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId, List<EntityPart> parts) {
        EvidenceUploadForm upload = EvidenceUploadForm.read(parts, validator);
        return Replies.attempt(() -> {
            evidence.replace(id, evidenceId, upload.orRefuse().details(), upload.fileName(), upload.content());
            return Replies.seeOther("/supplier/submissions/" + id + "?done=replaced#evidence");
        }, refused -> render(id, new Attempt("replace", refused, Map.of(), upload.typed(), evidenceId), null));
    }

    private View render(UUID id, Attempt attempt, String done) {
        return render(id, attempt, done, ConversationPanel.Refused.NONE);
    }

    private View render(UUID id, Attempt attempt, String done, ConversationPanel.Refused clarification) {
        SubmissionView view = submissions.get(id);
        String product = products.find(view.productId()).map(p -> p.details().name() + " " + p.details().version())
                .orElse("your product");
        List<EvidenceView> documents = evidence.ofSubmission(id);
        ConversationPanel conversation = new ConversationPanel(clarifications.of(id), "/supplier/submissions/" + id + "/clarifications",
                documents, clarification);
        SubmissionScreen screen = new SubmissionScreen(null, view, template(view), product, documents,
                templates.evidenceTypes(), attempt, done, conversation);
        return new View("supplier/submission", screen.withShell(Shell.of(screen.title(), callers.current(), attempt.problem())));
    }

    private Template template(SubmissionView view) {
        return templates.find(view.templateId(), view.templateVersion())
                .orElseThrow(() -> Problem.notFound("Template " + view.templateId() + " version " + view.templateVersion()));
    }
}
