package org.innovatorpassport.platform.api;

import jakarta.enterprise.context.ContextNotActiveException;
import java.util.Optional;

/** Who is calling: nobody for a public request. */
public interface Callers {

    Optional<Caller> current();

    /**
     * The caller of the request under way, or nobody when there is none: start-up, a scheduled job and
     * the outbox act for nobody, and there the request-scoped caller cannot even be asked.
     */
    static Optional<Caller> ofRequest(Callers callers) {
        try {
            return callers.current();
        } catch (ContextNotActiveException outsideARequest) {
            return Optional.empty();
        }
    }

    /** The caller, or a 401 problem when the request is anonymous. */
    default Caller required() {
        return current().orElseThrow(() -> new Problem(401, "unauthenticated", "Sign in required",
                "This needs a signed-in user."));
    }
}
