package org.innovatorpassport.web.page.supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.innovatorpassport.assurance.api.Evidence;
import org.innovatorpassport.assurance.api.LibraryEntry;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.templates.api.EvidenceType;
import org.innovatorpassport.templates.api.Templates;
import org.innovatorpassport.web.page.Choice;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;
import org.innovatorpassport.web.page.supplier.SubmissionScreen.UploadFields;
import org.innovatorpassport.web.upload.EvidenceUploadForm;

/**
 * The supplier's evidence library: each document about the organisation, its expiry, its sign-off
 * and the products and passports that rely on it, with a form to add one or a new version.
 */
@Path("/supplier/evidence-library")
@Produces(Replies.HTML)
public class EvidenceLibraryPage {

    /** The library, the organisation evidence types that can be added, and the upload form's state. */
    public record LibraryScreen(Shell shell, List<LibraryEntry> entries, List<Choice> types, UploadFields upload,
                                ErrorSummary summary, boolean added) {
    }

    private static final List<String> FIELDS = List.of("file", "type", "reference", "issuer", "issuedOn", "expiresOn");

    @Inject
    Callers callers;

    @Inject
    Evidence evidence;

    @Inject
    Templates templates;

    @Inject
    Validator validator;

    @GET
    @RolesAllowed(Roles.SUPPLIER)
    public View show(@QueryParam("done") String done) {
        return screen(null, Map.of(), "uploaded".equals(done));
    }

    @POST
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response add(List<EntityPart> parts) {
        EvidenceUploadForm upload = EvidenceUploadForm.read(parts, validator);
        return Replies.attempt(() -> {
            evidence.addToLibrary(upload.orRefuse().details(), upload.fileName(), upload.content());
            return Replies.seeOther("/supplier/evidence-library?done=uploaded");
        }, refused -> screen(refused, upload.typed(), false));
    }

    private View screen(Problem problem, Map<String, String> typed, boolean added) {
        List<Choice> types = new ArrayList<>();
        types.add(new Choice("", "Select a type"));
        templates.evidenceTypes().values().stream().filter(EvidenceType::organisation)
                .sorted(Comparator.comparing(EvidenceType::title)).forEach(t -> types.add(new Choice(t.code(), t.title())));
        UploadFields upload = new UploadFields("library-", problem == null ? Map.of() : typed,
                problem == null ? Map.of() : problem.fieldErrors(), problem != null);
        return new View("supplier/library", new LibraryScreen(Shell.of("Evidence library", callers.current(), problem),
                evidence.library(), types, upload, ErrorSummary.of(problem, FIELDS, field -> "library-" + field), added));
    }
}
