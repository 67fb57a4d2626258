package org.innovatorpassport.platform.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RefusalPauseTest {

    @Test
    void aRefusalIsHeldForThePauseButNeverPastTheEndOfItsWait() {
        RefusalPause pause = new RefusalPause(Duration.ofMillis(200), 8);
        long started = System.nanoTime();
        assertEquals(Duration.ofMillis(200), pause.hold(Duration.ofSeconds(30)));
        assertTrue(System.nanoTime() - started >= 190_000_000L, "the guess really waited");
        assertEquals(Duration.ofMillis(20), pause.hold(Duration.ofMillis(20)));
        assertEquals(Duration.ZERO, new RefusalPause(Duration.ZERO, 8).hold(Duration.ofSeconds(30)), "a pause of 0 holds nothing");
    }

    @Test
    void beyondTheFewHeldAtOnceARefusalIsAnsweredAtOnce() throws Exception {
        RefusalPause pause = new RefusalPause(Duration.ofMillis(500), 1);
        CompletableFuture<Duration> first = CompletableFuture.supplyAsync(() -> pause.hold(Duration.ofSeconds(30)));
        Thread.sleep(100);
        long started = System.nanoTime();
        assertEquals(Duration.ZERO, pause.hold(Duration.ofSeconds(30)), "no request thread is held beyond the limit");
        assertTrue(System.nanoTime() - started < 100_000_000L);
        assertEquals(Duration.ofMillis(500), first.get());
    }
}
