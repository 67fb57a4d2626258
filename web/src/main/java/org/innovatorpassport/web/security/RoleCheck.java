package org.innovatorpassport.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.web.page.Pages;

/** Admits a signed-in caller who holds one of the roles; sends a person to sign in first. */
@Priority(Priorities.AUTHORIZATION)
class RoleCheck implements ContainerRequestFilter {
    private final Set<String> roles;

    RoleCheck(Set<String> roles) {
        this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Caller> caller = CDI.current().select(Callers.class).get().current();
        if (caller.isEmpty()) {
            if (Pages.isPage(request.getUriInfo()) || "navigate".equals(request.getHeaderString("Sec-Fetch-Mode"))) {
                URI login = request.getUriInfo().getBaseUriBuilder().path("login")
                        .queryParam("next", "/" + request.getUriInfo().getPath()).build();
                request.abortWith(jakarta.ws.rs.core.Response.seeOther(login).build());
                return;
            }
            throw new Problem(401, "unauthenticated", "Sign in required", "This needs a signed-in user.");
        }
        if (roles.stream().noneMatch(caller.get()::hasRole)) {
            throw Problem.forbidden("Your role does not allow this.");
        }
    }
}
