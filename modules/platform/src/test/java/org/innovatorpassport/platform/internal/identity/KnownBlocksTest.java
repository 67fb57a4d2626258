package org.innovatorpassport.platform.internal.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnownBlocksTest {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Instant UNTIL = NOW.plusSeconds(60);

    @Test
    void aBlockJustSeenRefusesFromMemoryAndIsAskedForAgainAfterASecond() {
        KnownBlocks blocks = new KnownBlocks();
        blocks.learned(NOW, "address:192.0.2.1", UNTIL);
        assertEquals(Optional.of(UNTIL), blocks.confirmed(NOW.plusMillis(900), "account:a@example.org", "address:192.0.2.1"));
        assertEquals(Optional.empty(), blocks.confirmed(NOW.plus(KnownBlocks.CONFIRM_EVERY), "address:192.0.2.1"),
                "after a second the database is asked again");
    }

    @Test
    void aBlockTheDatabaseNoLongerHoldsIsForgotten() {
        KnownBlocks blocks = new KnownBlocks();
        blocks.learned(NOW, "account:a@example.org", UNTIL);
        Instant later = NOW.plus(Duration.ofSeconds(2));
        blocks.read(later, Map.of(), "account:a@example.org");
        assertEquals(Optional.empty(), blocks.confirmed(later, "account:a@example.org"), "reset on another node");

        blocks.read(later, Map.of("account:a@example.org", UNTIL), "account:a@example.org");
        assertEquals(Optional.of(UNTIL), blocks.confirmed(later, "account:a@example.org"));
        blocks.cleared("account:a@example.org");
        assertEquals(Optional.empty(), blocks.confirmed(later, "account:a@example.org"));
    }

    @Test
    void anExpiredBlockRefusesNothing() {
        KnownBlocks blocks = new KnownBlocks();
        blocks.learned(NOW, "account:a@example.org", NOW.plusMillis(500));
        assertEquals(Optional.empty(), blocks.confirmed(NOW.plusMillis(500), "account:a@example.org"));
    }
}
