package org.innovatorpassport.platform.api;

import java.util.Optional;

/** Who is calling: nobody for a public request. */
public interface Callers {

    Optional<Caller> current();

    /** The caller, or a 401 problem when the request is anonymous. */
    default Caller required() {
        return current().orElseThrow(() -> new Problem(401, "unauthenticated", "Sign in required",
                "This needs a signed-in user."));
    }
}
