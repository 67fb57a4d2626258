package org.innovatorpassport.platform.api;

import java.util.Set;
import java.util.UUID;

/**
 * Checks an email and password, throttling guesses: failures are counted per account and per client
 * address in PostgreSQL (shared by every node), and after a few the next attempt must wait, doubling
 * each time. Password hashing runs on a small bounded pool so a flood of guesses cannot take the
 * processors from signed-in users.
 */
public interface Credentials {

    Check check(String email, String password, String clientAddress);

    /** The outcome of one sign-in attempt. */
    sealed interface Check permits Accepted, Refused, Throttled {
    }

    record Accepted(UUID userId, String email, Set<String> roles) implements Check {
    }

    /** Wrong email or password: never says which. */
    record Refused() implements Check {
    }

    /** Not checked at all: try again after this many seconds. Says nothing about the account either. */
    record Throttled(long retryAfterSeconds) implements Check {
    }
}
