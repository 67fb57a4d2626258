package org.innovatorpassport.web.page.supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.innovatorpassport.assurance.api.NotificationView;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.assurance.api.Reliances;
import org.innovatorpassport.assurance.api.SubmissionSummary;
import org.innovatorpassport.assurance.api.Submissions;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.onboarding.api.ChecklistItem;
import org.innovatorpassport.onboarding.api.Invitation;
import org.innovatorpassport.onboarding.api.Onboarding;
import org.innovatorpassport.onboarding.api.SupplierProfile;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.FormInput;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;
import org.innovatorpassport.web.page.account.InvitationPages;

/**
 * Where a supplier starts: its organisation, what is missing before it can submit, its products,
 * submissions and passports, its colleagues and what it has been told.
 */
@Path("/supplier")
@Produces(Replies.HTML)
public class SupplierDashboardPage {

    /** The dashboard; {@code invitations} is null for a user who may not invite (not an administrator). */
    public record DashboardScreen(Shell shell, SupplierProfile profile, List<ChecklistItem> checklist, List<ProductView> products,
                                  List<SubmissionSummary> submissions, List<PassportView> passports,
                                  List<Invitation> invitations, List<NotificationView> notifications, ErrorSummary summary,
                                  String emailError, String typedEmail) {
    }

    @Inject
    Callers callers;

    @Inject
    Onboarding onboarding;

    @Inject
    Products products;

    @Inject
    Submissions submissions;

    @Inject
    Passports passports;

    @Inject
    Reliances reliances;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(Roles.SUPPLIER)
    public View show() {
        return screen(null, "");
    }

    /**
     * The invitation link is shown on the answer to this post rather than after a redirect: only its
     * hash is stored, so this is the one moment it can be shown, and it must not sit in a URL.
     */
    @POST
    @Path("invitations")
    @RolesAllowed(Roles.SUPPLIER_ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(MultivaluedMap<String, String> fields) {
        String email = new FormInput(fields).text("email");
        return Replies.attempt(() -> InvitationPages.created(onboarding.invite(callers.required().organisationId(), email),
                uri.getBaseUri().toString(), callers.current()), refused -> screen(refused, email));
    }

    private View screen(Problem problem, String typedEmail) {
        Caller caller = callers.required();
        SupplierProfile profile = onboarding.profile(caller.organisationId());
        List<Invitation> invitations = caller.hasRole(Roles.SUPPLIER_ADMIN) ? onboarding.invitations(caller.organisationId()) : null;
        Map<String, String> errors = problem == null ? Map.of() : problem.fieldErrors();
        return new View("supplier/dashboard", new DashboardScreen(Shell.of("Your organisation", callers.current(), problem), profile,
                onboarding.checklist(caller.organisationId()), products.ofSupplier(caller.organisationId()), submissions.list(),
                passports.list(), invitations, notifications(),
                ErrorSummary.of(problem, List.of("email"), field -> "email".equals(field) ? "email" : null),
                errors.get("email"), typedEmail));
    }

    private List<NotificationView> notifications() {
        try {
            return reliances.notifications();
        } catch (RuntimeException e) {
            // Notifications are a side panel: a refusal here must not take the dashboard down.
            Replies.refusal(e);
            return List.of();
        }
    }
}
