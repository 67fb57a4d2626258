package org.innovatorpassport.web.page;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Function;
import java.util.function.Supplier;
import org.innovatorpassport.platform.api.Problem;

/**
 * How a page answers a form: a redirect after a change (so a reload never repeats it), or the same
 * page again with the refusal and the HTTP status the module gave.
 */
public final class Replies {
    public static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private Replies() {
    }

    public static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** The page again, answered with the status of the refusal that sent it back. */
    public static Response page(int status, View view) {
        return Response.status(status).type(HTML).entity(view).build();
    }

    /**
     * Makes a change and answers with where to go next; if the module refuses, the same page again with
     * the refusal, answered with its status. Nothing half-done is left: the module's change is one transaction.
     */
    public static Response attempt(Supplier<Response> change, Function<Problem, View> again) {
        try {
            return change.get();
        } catch (RuntimeException e) {
            Problem refused = refusal(e);
            return page(refused.status(), again.apply(refused));
        }
    }

    /**
     * The refusal a module gave, wherever it sits in the cause chain (a transaction may wrap it).
     * Anything else is not the person's to fix, so it goes on to the error page as a 500.
     */
    public static Problem refusal(RuntimeException thrown) {
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
