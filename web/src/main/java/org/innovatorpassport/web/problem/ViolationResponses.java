package org.innovatorpassport.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.api.validation.ResteasyViolationException;

/**
 * RESTEasy answers Bean Validation failures with its own plain-text format; this sends them through
 * the same problem+json (with field errors) as every other refusal.
 */
@Provider
public class ViolationResponses implements ExceptionMapper<ResteasyViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ResteasyViolationException invalid) {
        return ProblemResponses.respond(invalid, uri);
    }
}
