package org.innovatorpassport.web.page.account;

import jakarta.annotation.security.RolesAllowed;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.platform.api.ApiScope;
import org.innovatorpassport.platform.api.ApiTokens;
import org.innovatorpassport.platform.api.ApiTokens.ApiTokenView;
import org.innovatorpassport.platform.api.ApiTokens.IssuedApiToken;
import org.innovatorpassport.platform.api.ApiTokens.NewApiToken;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.web.page.Choice;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.FormInput;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;

/** Where an organisation's administrator makes, sees and revokes the API tokens its integrations use. */
@Path("/account/api-tokens")
@Produces(Replies.HTML)
@RolesAllowed({Roles.SUPPLIER_ADMIN, Roles.SUPPLIER, Roles.ASSESSOR, Roles.TRUST, Roles.BOARD})
public class ApiTokenPages {
    private static final List<String> FIELDS = List.of("name", "scopes", "expiresOn");

    /** The organisation's tokens and the form for a new one, with what was typed if it was refused. */
    public record TokensScreen(Shell shell, List<ApiTokenView> tokens, List<Choice> scopes, String name,
                               Set<String> chosen, String expiresOn, ErrorSummary summary, Map<String, String> errors,
                               java.time.Instant now) {
    }

    /** The one moment a token's secret is shown. */
    public record CreatedScreen(Shell shell, ApiTokenView token, String secret) {
    }

    @Inject
    ApiTokens tokens;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @GET
    public Response list() {
        return page(200, "", Set.of(), LocalDate.now(clock).plusDays(90).toString(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        FormInput form = new FormInput(fields);
        Set<String> chosen = Set.copyOf(form.all("scopes"));
        try {
            Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
            chosen.forEach(code -> ApiScope.of(code).ifPresent(scopes::add));
            IssuedApiToken issued = tokens.create(new NewApiToken(form.text("name"), scopes, NewApiToken.expiryOf(form.text("expiresOn"))));
            return Response.ok(new View("account/apiTokenCreated", new CreatedScreen(Shell.of("API token created", callers.current()),
                    issued.token(), issued.secret()))).type(Replies.HTML).header("Cache-Control", "no-store").build();
        } catch (RuntimeException e) {
            return page(Replies.refusal(e).status(), form.text("name"), chosen, form.text("expiresOn"), Replies.refusal(e));
        }
    }

    @POST
    @Path("{id}/revocation")
    public Response revoke(@PathParam("id") UUID id) {
        try {
            tokens.revoke(id);
            return Replies.seeOther("/account/api-tokens");
        } catch (RuntimeException e) {
            return page(Replies.refusal(e).status(), "", Set.of(), "", Replies.refusal(e));
        }
    }

    private Response page(int status, String name, Set<String> chosen, String expiresOn, Problem problem) {
        List<Choice> scopes = Arrays.stream(ApiScope.values()).map(s -> new Choice(s.code(), s.description() + " (" + s.code() + ")")).toList();
        TokensScreen screen = new TokensScreen(Shell.of("API tokens", callers.current(), problem), tokens.ofMyOrganisation(), scopes,
                name, chosen, expiresOn, ErrorSummary.of(problem, FIELDS, f -> FIELDS.contains(f) ? f : null),
                problem == null ? Map.of() : problem.fieldErrors(), clock.instant());
        return Response.status(status).type(Replies.HTML).entity(new View("account/apiTokens", screen)).build();
    }
}
