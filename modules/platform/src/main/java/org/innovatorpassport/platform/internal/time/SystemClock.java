package org.innovatorpassport.platform.internal.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** One clock for the application, so that tests and jobs agree on what "now" is. */
@ApplicationScoped
class SystemClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
