package org.innovatorpassport.platform.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void freeFailuresCostNothingThenTheWaitDoublesUpToTheCap() {
        assertEquals(Duration.ZERO, SignInLimits.backoff(5, 5, 5, 900));
        assertEquals(Duration.ofSeconds(5), SignInLimits.backoff(6, 5, 5, 900));
        assertEquals(Duration.ofSeconds(10), SignInLimits.backoff(7, 5, 5, 900));
        assertEquals(Duration.ofSeconds(320), SignInLimits.backoff(12, 5, 5, 900));
        assertEquals(Duration.ofSeconds(640), SignInLimits.backoff(13, 5, 5, 900));
        assertEquals(Duration.ofSeconds(900), SignInLimits.backoff(14, 5, 5, 900));
        assertEquals(Duration.ofSeconds(900), SignInLimits.backoff(5000, 5, 5, 900), "no overflow however many");
    }
}
