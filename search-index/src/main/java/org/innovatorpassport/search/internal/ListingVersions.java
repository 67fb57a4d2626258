package org.innovatorpassport.search.internal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The external version of a listing document: the wall-clock time, in microseconds, at which its
 * content was about to be read from PostgreSQL, never repeating nor going back on one node.
 * Elasticsearch keeps a write only when its version is higher than the stored one, so of two writes
 * of one listing the one built from the later read wins, whatever order they arrive in: a rebuild
 * that replays recent changes cannot put back an older listing. (Across nodes, clocks are kept by
 * NTP; a skew shorter than the gap between two changes of one product is harmless.)
 */
final class ListingVersions {
    private static final AtomicLong LAST = new AtomicLong();

    private ListingVersions() {
    }

    static long next() {
        Instant now = Instant.now();
        long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
        return LAST.updateAndGet(last -> Math.max(last + 1, micros));
    }
}
