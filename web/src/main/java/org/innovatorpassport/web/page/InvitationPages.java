package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innovatorpassport.onboarding.api.Invitation;
import org.innovatorpassport.onboarding.api.Onboarding;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.web.page.Violations.Wording;

/**
 * A colleague's invitation: the link the administrator sends, and the page behind it where the
 * colleague chooses a name and password. The token in the address is the only proof they need.
 */
@Path("/invitations")
@Produces(Replies.HTML)
public class InvitationPages {
    private static final Map<String, Wording> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("displayName", new Wording("Your full name", "Enter your full name"));
        FIELDS.put("password", new Wording("Create a password", "Create a password"));
    }

    @Inject
    Onboarding onboarding;

    @Inject
    Validator validator;

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
        String password = fields.getFirst("password") == null ? "" : fields.getFirst("password");
        Problem refused = Violations.refusal(validator.validate(new Acceptance(form.text("displayName"), password)), FIELDS);
        if (refused == null) {
            try {
                onboarding.accept(token, form.text("displayName"), password);
                return Replies.seeOther("/login?next=/supplier");
            } catch (RuntimeException e) {
                refused = Replies.refusal(e);
            }
        }
        return page(refused.status(), invitation, token, form.text("displayName"), refused);
    }

    /** The same limits the API puts on accepting an invitation. */
    record Acceptance(@NotBlank @Size(max = 200) String displayName,
                      @NotBlank @Size(min = 12, max = 200, message = "must be at least 12 characters") String password) {
    }

    /** The page an administrator sees once, right after inviting: the link to pass on. */
    static String created(Invitation invitation, String baseUri, Optional<Caller> caller) {
        String link = (baseUri.endsWith("/") ? baseUri : baseUri + "/") + "invitations/" + invitation.token();
        return Layout.page("Invitation created", caller, """
                <div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
                <h1>Invitation created for %s</h1>
                <p>Send this link to your colleague. It works once, until %s.</p>
                <div class="nhsuk-inset-text"><span class="nhsuk-u-visually-hidden">Information: </span>
                  <p id="invitation-link"><a href="%s">%s</a></p>
                </div>
                <p>We do not keep the link itself, so this is the only time it is shown. If it is lost, invite them again.</p>
                <p><a href="/supplier">Back to your organisation</a></p>
                </div></div>
                """.formatted(text(invitation.email()), text(Dates.moment(invitation.expiresAt())), text(link), text(link)));
    }

    private Response page(int status, Invitation invitation, String token, String typedName, Problem problem) {
        Map<String, String> errors = Forms.errors(problem);
        String organisation = organisationName(invitation);
        String html = Layout.page(Forms.title("Join " + organisation, problem), callers.current(), """
                <div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
                %s
                <h1>Join %s</h1>
                <p>This invitation is for <strong>%s</strong>. You will sign in with this email address.</p>
                <form method="post" action="/invitations/%s" novalidate>
                %s%s%s
                </form>
                </div></div>
                """.formatted(Forms.errorSummary(problem, List.copyOf(FIELDS.keySet()), f -> FIELDS.containsKey(f) ? f : null),
                text(organisation), text(invitation.email()), text(token),
                Forms.input(Control.of("displayName", FIELDS.get("displayName").label()).errorFrom(errors, "displayName"),
                        typedName, "autocomplete=\"name\""),
                Forms.password(Control.of("password", FIELDS.get("password").label()).hint("At least 12 characters")
                        .errorFrom(errors, "password"), "new-password"),
                Forms.button("Create your account")));
        return Response.status(status).type(Replies.HTML).entity(html).header("Cache-Control", "no-store").build();
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
