package org.innovatorpassport.web.page.account;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innovatorpassport.onboarding.api.Invitation;
import org.innovatorpassport.onboarding.api.Onboarding;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.FormInput;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;

/**
 * A colleague's invitation: the link the administrator sends, and the page behind it where the
 * colleague chooses a name and password. The token in the address is the only proof they need.
 */
@Path("/invitations")
@Produces(Replies.HTML)
public class InvitationPages {
    private static final List<String> FIELDS = List.of("displayName", "password");

    /** The page behind an invitation link. */
    public record JoinScreen(Shell shell, Invitation invitation, String organisation, String token, String typedName,
                             ErrorSummary summary, Map<String, String> errors) {
    }

    /** What the administrator sees once, right after inviting: the link to pass on. */
    public record CreatedScreen(Shell shell, Invitation invitation, String link) {
    }

    @Inject
    Onboarding onboarding;

    @Inject
    Callers callers;

    @GET
    @Path("{token}")
    @PermitAll
    public Response show(@PathParam("token") String token) {
        return page(200, onboarding.pending(token), token, "", null);
    }

    @POST
    @Path("{token}")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("token") String token, MultivaluedMap<String, String> fields) {
        Invitation invitation = onboarding.pending(token);
        FormInput form = new FormInput(fields);
        try {
            onboarding.accept(token, form.text("displayName"), form.raw("password"));
            return Replies.seeOther("/login?next=/supplier");
        } catch (RuntimeException e) {
            Problem refused = Replies.refusal(e);
            return page(refused.status(), invitation, token, form.text("displayName"), refused);
        }
    }

    /**
     * The one page that shows an invitation's link. Only its hash is stored, so this is the one moment
     * it can be shown; it is never cached.
     */
    public static Response created(Invitation invitation, String baseUri, Optional<Caller> caller) {
        String link = (baseUri.endsWith("/") ? baseUri : baseUri + "/") + "invitations/" + invitation.token();
        return Response.ok(new View("account/invitationCreated", new CreatedScreen(Shell.of("Invitation created", caller),
                invitation, link))).type(Replies.HTML).header("Cache-Control", "no-store").build();
    }

    private Response page(int status, Invitation invitation, String token, String typedName, Problem problem) {
        String organisation = organisationName(invitation);
        JoinScreen screen = new JoinScreen(Shell.of("Join " + organisation, callers.current(), problem), invitation, organisation,
                token, typedName, ErrorSummary.of(problem, FIELDS, f -> FIELDS.contains(f) ? f : null),
                problem == null ? Map.of() : problem.fieldErrors());
        return Response.status(status).type(Replies.HTML).entity(new View("account/invitation", screen))
                .header("Cache-Control", "no-store").build();
    }

    private String organisationName(Invitation invitation) {
        try {
            return onboarding.profile(invitation.organisationId()).legalName();
        } catch (RuntimeException e) {
            Replies.refusal(e);
            return "your organisation";
        }
    }
}
