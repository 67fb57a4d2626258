package org.innovatorpassport.adoption.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BoardReportTest {
    private static final Instant START = Instant.parse("2026-01-01T09:00:00Z");
    private static final BoardView THAMES_VALLEY = new BoardView(UUID.randomUUID(), "Thames Valley", "Thames Valley",
            List.of("RHW", "RTH", "RXQ"), List.of());

    @Test
    void assessmentsAvoidedAreCountedPerMemberTrustAndAddedUpForTheBoard() {
        BoardReport report = BoardReport.of(THAMES_VALLEY, List.of(),
                Map.of("RHW", "Royal Berkshire", "RTH", "Oxford", "RXQ", "Buckinghamshire", "RYZ", "Elsewhere"),
                Map.of("RHW", 4L, "RTH", 2L, "RYZ", 9L));
        assertEquals(List.of(new BoardReport.TrustReuse("RHW", "Royal Berkshire", 4), new BoardReport.TrustReuse("RTH", "Oxford", 2),
                new BoardReport.TrustReuse("RXQ", "Buckinghamshire", 0)), report.reuse(), "most reuse first; a trust with none is still listed");
        assertEquals(6, report.assessmentsAvoided(), "a trust outside the board does not count towards it");
    }

    @Test
    void onlyTheMemberTrustsPipelinesMakeTheFigures() {
        BoardReport report = BoardReport.of(THAMES_VALLEY, List.of(adoption("RHW", AdoptionStage.ADOPTED, "Passport X is suspended"),
                adoption("RTH", AdoptionStage.PILOTING, null), adoption("RYZ", AdoptionStage.SCALED, null)), Map.of(), Map.of());
        assertEquals(2, report.pipeline().rows().get(0).trusts());
        assertEquals(1, report.pipeline().flagged().size());
        assertEquals(List.of(new BoardFigures.Ranked("BreatheWell 2.1", 1)), report.figures().productsByTrustsUsing());
        assertEquals("RHW", report.reuse().get(0).trustName(), "a trust the directory does not name is shown by its ODS code");
    }

    private static AdoptionView adoption(String ods, AdoptionStage stage, String flag) {
        return new AdoptionView(UUID.randomUUID(), UUID.randomUUID(), ods, ods, UUID.nameUUIDFromBytes("bw".getBytes()), "BreatheWell",
                "2.1", UUID.randomUUID(), null, stage, null, flag, null, START, 0,
                List.of(new StageMoveView(null, stage, null, "someone", START)), List.of());
    }
}
