package org.innovatorpassport.web.page;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.innovatorpassport.platform.api.Problem;

/**
 * How a page answers a form: a redirect after a change (so a reload never repeats it), or the same
 * page again with the refusal and the HTTP status the module gave.
 */
final class Replies {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private Replies() {
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    static Response page(int status, String html) {
        return Response.status(status).type(HTML).entity(html).build();
    }

    /**
     * The refusal a module gave, wherever it sits in the cause chain (a transaction may wrap it).
     * Anything else is not the person's to fix, so it goes on to the error page as a 500.
     */
    static Problem refusal(RuntimeException thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof Problem problem) {
                return problem;
            }
            if (cause instanceof OptimisticLockException) {
                return Problem.conflict("Someone else changed this at the same time. Check it and try again.");
            }
        }
        throw thrown;
    }
}
