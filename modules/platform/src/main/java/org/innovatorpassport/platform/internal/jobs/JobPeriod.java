package org.innovatorpassport.platform.internal.jobs;

import java.time.Duration;
import java.time.Instant;

/** Periods are aligned on the epoch, so every node computes the same period for the same moment. */
final class JobPeriod {

    private JobPeriod() {
    }

    static Instant start(Instant now, Duration every) {
        long length = every.toMillis();
        if (length <= 0) {
            throw new IllegalArgumentException("a job period must be positive: " + every);
        }
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
    }
}
