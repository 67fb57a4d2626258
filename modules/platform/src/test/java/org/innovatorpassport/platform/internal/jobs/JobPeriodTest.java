package org.innovatorpassport.platform.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JobPeriodTest {

    @Test
    void everyMomentOfAnHourFallsInTheSamePeriod() {
        Duration hour = Duration.ofHours(1);
        Instant start = Instant.parse("2026-12-07T10:00:00Z");
        assertEquals(start, JobPeriod.start(Instant.parse("2026-12-07T10:00:00Z"), hour));
        assertEquals(start, JobPeriod.start(Instant.parse("2026-12-07T10:59:59.999Z"), hour));
        assertEquals(Instant.parse("2026-12-07T11:00:00Z"), JobPeriod.start(Instant.parse("2026-12-07T11:00:00Z"), hour));
    }

    @Test
    void aPeriodMustHaveALength() {
        assertThrows(IllegalArgumentException.class, () -> JobPeriod.start(Instant.now(), Duration.ZERO));
    }
}
