package org.innovatorpassport.platform.internal.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.innovatorpassport.platform.api.Problem;

/**
 * PBKDF2 with HMAC-SHA512 at the iteration count OWASP recommends for it, on a small bounded pool:
 * every hash, whether it checks a sign-in, a current password or makes a new one, waits for one of a
 * few permits, so hashing can never take all the processors from signed-in users. One that would
 * wait too long is refused with {@link Busy} (429) instead.
 */
@ApplicationScoped
class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Inject
    SignInLimits limits;

    private Semaphore permits;
    /** A hash to check unknown emails against, so they take as long as known ones. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        permits = new Semaphore(limits.hashingPermits(), true);
        // Made once outside the pool: a busy pool must never stop this bean from starting.
        decoy = pbkdf2.generate(UUID.randomUUID().toString().toCharArray());
    }

    String decoy() {
        return decoy;
    }

    String hash(String password) {
        return bounded(() -> pbkdf2.generate(password.toCharArray()));
    }

    boolean matches(String password, String hash) {
        return bounded(() -> pbkdf2.verify(password.toCharArray(), hash));
    }

    private <T> T bounded(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(limits.hashingWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** Every permit stayed taken for longer than a caller may wait: try again in a second. */
    static final class Busy extends Problem {
        Busy() {
            super(429, "busy", "Try again in a moment",
                    "Passwords are being checked for many people at once. Wait a second, then try again.");
        }
    }
}
