package org.innovatorpassport.adoption.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PipelineTableTest {
    private static final UUID BREATHE_WELL = UUID.randomUUID();
    private static final UUID SLEEP_EASY = UUID.randomUUID();

    @Test
    void countsEachProductsTrustsByStageAndListsTheFlagged() {
        PipelineTable table = PipelineTable.of(List.of(
                adoption(BREATHE_WELL, "BreatheWell", AdoptionStage.ADOPTED, "Passport X is suspended"),
                adoption(BREATHE_WELL, "BreatheWell", AdoptionStage.PILOTING, null),
                adoption(BREATHE_WELL, "BreatheWell", AdoptionStage.PILOTING, null),
                adoption(SLEEP_EASY, "SleepEasy", AdoptionStage.INTEREST, null)));
        assertEquals(2, table.rows().size());
        assertEquals(3, table.rows().get(0).trusts());
        assertEquals(2, table.rows().get(0).at(AdoptionStage.PILOTING));
        assertEquals(0, table.rows().get(0).at(AdoptionStage.SCALED));
        assertEquals(2, table.total(AdoptionStage.PILOTING));
        assertEquals(1, table.flagged().size());
    }

    private static AdoptionView adoption(UUID product, String name, AdoptionStage stage, String flag) {
        return new AdoptionView(UUID.randomUUID(), UUID.randomUUID(), "RHW", "Trust", product, name, "1.0", UUID.randomUUID(), null,
                stage, null, flag, flag == null ? null : Instant.now(), Instant.now(), 0, List.of(), List.of());
    }
}
