package org.innovatorpassport.web.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.web.problem.ProblemBody;
import org.innovatorpassport.web.problem.ProblemResponses;

/**
 * Wrong Basic credentials are refused on every endpoint, public ones included: a client that sent a
 * password expects it to count, and must not be served silently as anonymous. A guess that was not
 * even checked, because its account or address must wait, is answered 429 with Retry-After.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RefusedCredentials implements ContainerRequestFilter {
    static final String ATTRIBUTE = "org.innovatorpassport.refused-credentials";

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        Object throttled = request.getAttribute(PassportAuthentication.THROTTLED);
        if (throttled != null) {
            context.abortWith(Response.status(429).type(ProblemResponses.PROBLEM_JSON).header("Retry-After", throttled)
                    .entity(new ProblemBody("/problems/too-many-attempts", "Too many sign-in attempts", 429,
                            "Too many sign-in attempts. Wait " + throttled + " seconds, then try again.",
                            context.getUriInfo().getRequestUri().getPath(), List.of()))
                    .build());
            return;
        }
        Object refused = request.getAttribute(ATTRIBUTE);
        if (refused != null) {
            throw new Problem(401, "unauthenticated", "Sign in required",
                    refused instanceof String reason ? reason : "The user name or password is not right.");
        }
    }
}
