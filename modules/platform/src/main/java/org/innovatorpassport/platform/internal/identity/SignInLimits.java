package org.innovatorpassport.platform.internal.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * How long sessions last and how hard guessing is made; every figure can be set from the environment.
 *
 * @param refusalPause how long a guess refused because its account or address must wait is held
 *                     before the 429, so a client that ignores Retry-After cannot spin on the server
 * @param pausedAtOnce at most this many refusals are held at once, so pauses never take more than a
 *                     few of the server's request threads; beyond it a refusal is answered at once
 * @param keepFailures how long the log of failed sign-ins is kept before it is pruned
 */
record SignInLimits(Duration idle, Duration absolute, int freeFailuresPerAccount, int freeFailuresPerAddress,
                    Duration firstBackoff, Duration maxBackoff, Duration forgetFailuresAfter, int hashingPermits,
                    Duration hashingWait, Duration refusalPause, int pausedAtOnce, Duration keepFailures) {

    /** Reads every figure by its environment name, each with its default. */
    static SignInLimits read(Function<String, Optional<Long>> setting) {
        return new SignInLimits(
                Duration.ofMinutes(setting.apply("PASSPORT_SESSION_IDLE_MINUTES").orElse(30L)),
                Duration.ofHours(setting.apply("PASSPORT_SESSION_MAX_HOURS").orElse(8L)),
                setting.apply("PASSPORT_SIGNIN_FREE_FAILURES").orElse(5L).intValue(),
                setting.apply("PASSPORT_SIGNIN_FREE_FAILURES_PER_ADDRESS").orElse(20L).intValue(),
                Duration.ofSeconds(setting.apply("PASSPORT_SIGNIN_BACKOFF_SECONDS").orElse(5L)),
                Duration.ofSeconds(setting.apply("PASSPORT_SIGNIN_MAX_BACKOFF_SECONDS").orElse(900L)),
                Duration.ofMinutes(setting.apply("PASSPORT_SIGNIN_FORGET_FAILURES_MINUTES").orElse(60L)),
                Math.max(1, setting.apply("PASSPORT_PASSWORD_HASHING_PERMITS").orElse(1L).intValue()),
                Duration.ofMillis(setting.apply("PASSPORT_PASSWORD_HASHING_WAIT_MILLIS").orElse(500L)),
                Duration.ofMillis(setting.apply("PASSPORT_SIGNIN_REFUSAL_PAUSE_MILLIS").orElse(500L)),
                setting.apply("PASSPORT_SIGNIN_PAUSED_AT_ONCE").orElse(8L).intValue(),
                Duration.ofDays(setting.apply("PASSPORT_SIGNIN_FAILURE_LOG_DAYS").orElse(30L)));
    }

    /** The wait after the n-th consecutive failure: none while free, then doubling up to the cap. */
    static Duration backoff(int failures, int free, long firstSeconds, long maxSeconds) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free - 1, 30);
        return Duration.ofSeconds(Math.min(maxSeconds, firstSeconds << doublings));
    }

    Duration backoff(int failures, int free) {
        return backoff(failures, free, firstBackoff.toSeconds(), maxBackoff.toSeconds());
    }

    /** Built once from MicroProfile Config; a record cannot be a proxied bean, so it is a singleton. */
    @Dependent
    static class FromConfig {
        @Produces
        @Singleton
        static SignInLimits limits(Config config) {
            return read(name -> config.getOptionalValue(name, Long.class));
        }
    }
}
