package org.innovatorpassport.platform.internal.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The blocks this node has seen in the database, so a flood of guesses at a blocked account or
 * address is refused from memory. The database stays the authority: a block is believed without
 * asking again only for a second after it was last read or written, so a count reset on another
 * node (or by the admin) frees the account here within a second, while the flood costs the database
 * one read a second per subject instead of one per guess.
 */
final class KnownBlocks {
    static final Duration CONFIRM_EVERY = Duration.ofSeconds(1);
    private static final int MOST = 100_000;

    private final Map<String, Known> blocks = new ConcurrentHashMap<>();

    /** The end of the latest block among subjects confirmed lately; empty means: ask the database. */
    Optional<Instant> confirmed(Instant now, String... subjects) {
        Instant until = null;
        for (String subject : subjects) {
            Known known = blocks.get(subject);
            if (known == null) {
                continue;
            }
            if (!known.until.isAfter(now)) {
                blocks.remove(subject, known);
            } else if (known.confirmedAt.plus(CONFIRM_EVERY).isAfter(now) && (until == null || known.until.isAfter(until))) {
                until = known.until;
            }
        }
        return Optional.ofNullable(until);
    }

    /** What the database says now about these subjects: the blocks it returned, and no others. */
    void read(Instant now, Map<String, Instant> blocked, String... subjects) {
        for (String subject : subjects) {
            Instant until = blocked.get(subject);
            if (until == null) {
                blocks.remove(subject);
            } else {
                learned(now, subject, until);
            }
        }
    }

    void learned(Instant now, String subject, Instant until) {
        if (blocks.size() >= MOST) {
            blocks.values().removeIf(known -> !known.until.isAfter(now));
        }
        if (blocks.size() < MOST) {
            blocks.put(subject, new Known(until, now));
        }
    }

    void cleared(String subject) {
        blocks.remove(subject);
    }

    private record Known(Instant until, Instant confirmedAt) {
    }
}
