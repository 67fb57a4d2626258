package org.innovatorpassport.platform.api;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sign-in sessions kept in PostgreSQL, so every node sees the same ones: a session ends for all of
 * them when its row goes. The token a person carries is random and stored only as a digest.
 */
public interface Sessions {

    /** Starts a session for the user; the token goes into the cookie and nowhere else. */
    Opened open(UUID userId);

    /**
     * The session this token opened, with the user's roles as they are now, or nothing when it has
     * ended, was idle too long, passed its absolute limit or its user was deactivated.
     */
    Optional<Active> find(String token);

    /** Ends the session of this token (signing out). */
    void end(String token);

    record Opened(String token, String formToken) {
    }

    /** A live session: whose it is, their current roles, and the anti-forgery token of its forms. */
    record Active(UUID userId, String email, Set<String> roles, String formToken) {
    }
}
