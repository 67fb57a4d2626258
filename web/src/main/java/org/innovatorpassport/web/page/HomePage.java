package org.innovatorpassport.web.page;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.innovatorpassport.platform.api.Callers;

/** The front door: what the service is and where each kind of user starts. */
@Path("/")
@PermitAll
public class HomePage {

    @Inject
    Callers callers;

    @GET
    @Produces(Replies.HTML)
    public View show() {
        return new View("home", Shell.of("Home", callers.current()));
    }
}
