package org.innovatorpassport.platform.internal.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * One clock for the application, so that tests and jobs agree on what "now" is. It reads in
 * microseconds, PostgreSQL's precision, so a time read back equals the time that was written.
 * (Clock.tick with a sub-millisecond tick divides by zero in millis() on Java 17.)
 */
@ApplicationScoped
class SystemClock {

    @Produces
    Clock clock() {
        return new MicrosecondClock();
    }

    static final class MicrosecondClock extends Clock {
        private static final Clock UTC = Clock.systemUTC();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return zone.equals(ZoneOffset.UTC) ? this : Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            return UTC.instant().truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return UTC.millis();
        }
    }
}
