package org.innovatorpassport.web.page;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.innovatorpassport.assurance.api.Evidence;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.assurance.api.Submissions;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.templates.api.Template;
import org.innovatorpassport.templates.api.Templates;
import org.innovatorpassport.web.page.SubmissionCriteria.Item;
import org.innovatorpassport.web.page.SubmissionCriteria.SectionItems;
import org.innovatorpassport.web.page.SubmissionScreen.Attempt;

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

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.SUPPLIER)
    public String show(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return render(id, Attempt.NONE, banner(done));
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
        try {
            submissions.answer(id, changed, form.number("revision"));
            return Replies.seeOther("/supplier/submissions/" + id + "?done=saved");
        } catch (RuntimeException e) {
            Problem refused = Replies.refusal(e);
            return Replies.page(refused.status(), render(id, new Attempt("answers", refused, typed, Map.of(), null), null));
        }
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.SUPPLIER)
    public Response submit(@PathParam("id") UUID id) {
        try {
            submissions.submit(id);
            return Replies.seeOther("/supplier/submissions/" + id + "?done=submitted");
        } catch (RuntimeException e) {
            Problem refused = Replies.refusal(e);
            return Replies.page(refused.status(), render(id, new Attempt("submit", refused, Map.of(), Map.of(), null), null));
        }
    }

    @POST
    @Path("{id}/evidence")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("id") UUID id, List<EntityPart> parts) {
        EvidenceUploadForm upload = EvidenceUploadForm.read(parts);
        Problem refused = upload.refusal();
        if (refused == null) {
            try {
                evidence.attach(id, upload.details(), upload.fileName(), upload.content());
                return Replies.seeOther("/supplier/submissions/" + id + "?done=uploaded#evidence");
            } catch (RuntimeException e) {
                refused = Replies.refusal(e);
            }
        }
        return Replies.page(refused.status(), render(id, new Attempt("upload", refused, Map.of(), upload.typed(), null), null));
    }

    @POST
    @Path("{id}/evidence/{evidenceId}")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response replace(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId, List<EntityPart> parts) {
        EvidenceUploadForm upload = EvidenceUploadForm.read(parts);
        Problem refused = upload.refusal();
        if (refused == null) {
            try {
                evidence.replace(id, evidenceId, upload.details(), upload.fileName(), upload.content());
                return Replies.seeOther("/supplier/submissions/" + id + "?done=replaced#evidence");
            } catch (RuntimeException e) {
                refused = Replies.refusal(e);
            }
        }
        return Replies.page(refused.status(),
                render(id, new Attempt("replace", refused, Map.of(), upload.typed(), evidenceId), null));
    }

    private String render(UUID id, Attempt attempt, String banner) {
        SubmissionView view = submissions.get(id);
        String product = products.find(view.productId()).map(p -> p.details().name() + " " + p.details().version())
                .orElse("your product");
        SubmissionScreen screen = new SubmissionScreen(view, template(view), product, evidence.ofSubmission(id),
                templates.evidenceTypes(), attempt);
        return Layout.page(Forms.title(screen.title(), attempt.problem()), callers.current(), screen.body(banner));
    }

    private Template template(SubmissionView view) {
        return templates.find(view.templateId(), view.templateVersion())
                .orElseThrow(() -> Problem.notFound("Template " + view.templateId() + " version " + view.templateVersion()));
    }

    private static String banner(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "saved" -> "Your answers have been saved.";
            case "unchanged" -> "Nothing had changed, so there was nothing to save.";
            case "submitted" -> "Your submission has been sent for assessment.";
            case "uploaded" -> "The document has been uploaded.";
            case "replaced" -> "The new version of the document has been uploaded.";
            case "renewal" -> "Renewal started. Your answers have been carried over: replace any evidence that has lapsed.";
            default -> null;
        };
    }
}
