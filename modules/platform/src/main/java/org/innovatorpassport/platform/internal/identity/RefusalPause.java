package org.innovatorpassport.platform.internal.identity;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Holds a refused guess briefly before it is answered: a flood that ignores Retry-After then sends a
 * few guesses a second per connection instead of a thousand, and leaves the processors to signed-in
 * users. Only a few are held at once: a sleeping thread costs no processor, but request threads are
 * finite, so beyond that a refusal is answered at once.
 */
final class RefusalPause {
    private final Duration longest;
    private final Semaphore held;

    RefusalPause(Duration longest, int atOnce) {
        this.longest = longest;
        this.held = new Semaphore(Math.max(0, atOnce));
    }

    /** Holds the caller for the pause, never past the end of its wait; returns how long it did. */
    Duration hold(Duration wait) {
        Duration pause = wait.compareTo(longest) < 0 ? wait : longest;
        if (pause.isNegative() || pause.isZero() || !held.tryAcquire()) {
            return Duration.ZERO;
        }
        try {
            Thread.sleep(pause.toMillis());
            return pause;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Duration.ZERO;
        } finally {
            held.release();
        }
    }
}
