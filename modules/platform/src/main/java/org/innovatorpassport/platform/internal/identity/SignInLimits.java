package org.innovatorpassport.platform.internal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long sessions last and how hard guessing is made; every figure can be set from the environment. */
@ApplicationScoped
class SignInLimits {

    @Inject
    @ConfigProperty(name = "PASSPORT_SESSION_IDLE_MINUTES", defaultValue = "30")
    private long idleMinutes;

    @Inject
    @ConfigProperty(name = "PASSPORT_SESSION_MAX_HOURS", defaultValue = "8")
    private long maxHours;

    @Inject
    @ConfigProperty(name = "PASSPORT_SIGNIN_FREE_FAILURES", defaultValue = "5")
    private int freeFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "PASSPORT_SIGNIN_FREE_FAILURES_PER_ADDRESS", defaultValue = "20")
    private int freeFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "PASSPORT_SIGNIN_BACKOFF_SECONDS", defaultValue = "5")
    private long firstBackoffSeconds;

    @Inject
    @ConfigProperty(name = "PASSPORT_SIGNIN_MAX_BACKOFF_SECONDS", defaultValue = "900")
    private long maxBackoffSeconds;

    @Inject
    @ConfigProperty(name = "PASSPORT_SIGNIN_FORGET_FAILURES_MINUTES", defaultValue = "60")
    private long forgetFailuresMinutes;

    @Inject
    @ConfigProperty(name = "PASSPORT_PASSWORD_HASHING_PERMITS", defaultValue = "1")
    private int hashingPermits;

    @Inject
    @ConfigProperty(name = "PASSPORT_PASSWORD_HASHING_WAIT_MILLIS", defaultValue = "500")
    private long hashingWaitMillis;

    // Read through methods only: callers hold a CDI proxy, whose own fields are never set.

    int freeFailuresPerAccount() {
        return freeFailuresPerAccount;
    }

    int freeFailuresPerAddress() {
        return freeFailuresPerAddress;
    }

    long firstBackoffSeconds() {
        return firstBackoffSeconds;
    }

    long maxBackoffSeconds() {
        return maxBackoffSeconds;
    }

    int hashingPermits() {
        return hashingPermits;
    }

    long hashingWaitMillis() {
        return hashingWaitMillis;
    }

    Duration idle() {
        return Duration.ofMinutes(idleMinutes);
    }

    Duration absolute() {
        return Duration.ofHours(maxHours);
    }

    Duration forgetFailuresAfter() {
        return Duration.ofMinutes(forgetFailuresMinutes);
    }

    /** The wait after the n-th consecutive failure: none while free, then doubling up to the cap. */
    static Duration backoff(int failures, int free, long firstSeconds, long maxSeconds) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free - 1, 30);
        return Duration.ofSeconds(Math.min(maxSeconds, firstSeconds << doublings));
    }
}
