package org.innovatorpassport.adoption.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PipelineCsvTest {

    @Test
    void quotesCommasAndQuotesAndDisarmsFormulas() {
        assertEquals("\"Oxford, \"\"OUH\"\"\"", PipelineCsv.cell("Oxford, \"OUH\""));
        assertEquals("'=HYPERLINK(1)", PipelineCsv.cell("=HYPERLINK(1)"));
        assertEquals("", PipelineCsv.cell(null));
    }

    @Test
    void oneRowPerPipelineAfterTheHeader() {
        AdoptionView a = new AdoptionView(UUID.randomUUID(), UUID.randomUUID(), "RHW", "Royal Berkshire", UUID.randomUUID(),
                "BreatheWell", "2.1", UUID.randomUUID(), null, AdoptionStage.PILOTING, null, "Passport X is suspended", Instant.EPOCH,
                Instant.EPOCH, 0, List.of(), List.of());
        String[] lines = PipelineCsv.of(List.of(a)).split("\r\n");
        assertEquals(2, lines.length);
        assertTrue(lines[1].startsWith("RHW,Royal Berkshire,BreatheWell,2.1,Piloting,yes,Passport X is suspended,,"), lines[1]);
    }
}
