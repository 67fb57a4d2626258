package org.innovatorpassport.platform.internal.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxBackoffTest {

    @Test
    void retriesDoubleTheWaitFromOneSecond() {
        assertEquals(Duration.ofSeconds(1), OutboxRelay.backoff(1));
        assertEquals(Duration.ofSeconds(2), OutboxRelay.backoff(2));
        assertEquals(Duration.ofSeconds(8), OutboxRelay.backoff(4));
    }

    @Test
    void backoffNeverExceedsTenMinutes() {
        assertEquals(Duration.ofMinutes(10), OutboxRelay.backoff(15));
        assertEquals(Duration.ofMinutes(10), OutboxRelay.backoff(500));
    }
}
