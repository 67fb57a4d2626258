package org.innovatorpassport.platform.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInLimitsTest {

    @Test
    void everyFigureHasADefaultAndCanBeSetByItsEnvironmentName() {
        SignInLimits defaults = SignInLimits.read(name -> Optional.empty());
        assertEquals(new SignInLimits(Duration.ofMinutes(30), Duration.ofHours(8), 5, 20, Duration.ofSeconds(5),
                Duration.ofSeconds(900), Duration.ofMinutes(60), 1, Duration.ofMillis(500), Duration.ofMillis(500), 8,
                Duration.ofDays(30)), defaults);

        Map<String, Long> set = Map.of("PASSPORT_SIGNIN_FAILURE_LOG_DAYS", 7L, "PASSPORT_SIGNIN_REFUSAL_PAUSE_MILLIS", 0L,
                "PASSPORT_SESSION_IDLE_MINUTES", 10L, "PASSPORT_PASSWORD_HASHING_PERMITS", 0L);
        SignInLimits limits = SignInLimits.read(name -> Optional.ofNullable(set.get(name)));
        assertEquals(Duration.ofDays(7), limits.keepFailures());
        assertEquals(Duration.ZERO, limits.refusalPause());
        assertEquals(Duration.ofMinutes(10), limits.idle());
        assertEquals(1, limits.hashingPermits(), "hashing always has at least one permit");
    }
}
