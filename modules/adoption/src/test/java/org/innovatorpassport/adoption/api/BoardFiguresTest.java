package org.innovatorpassport.adoption.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BoardFiguresTest {
    private static final Instant START = Instant.parse("2026-01-01T09:00:00Z");

    @Test
    void conversionCountsOnlyPipelinesThatPiloted() {
        BoardFigures figures = BoardFigures.of(List.of(
                adoption("BreatheWell", 10, AdoptionStage.INTEREST, AdoptionStage.EVALUATING, AdoptionStage.LOCAL_ASSURANCE,
                        AdoptionStage.PILOTING, AdoptionStage.ADOPTED, AdoptionStage.SCALED),
                adoption("BreatheWell", 20, AdoptionStage.INTEREST, AdoptionStage.EVALUATING, AdoptionStage.LOCAL_ASSURANCE,
                        AdoptionStage.PILOTING, AdoptionStage.ADOPTED),
                adoption("BreatheWell", 30, AdoptionStage.INTEREST, AdoptionStage.EVALUATING, AdoptionStage.LOCAL_ASSURANCE,
                        AdoptionStage.PILOTING),
                adoption("SleepEasy", 5, AdoptionStage.INTEREST, AdoptionStage.EVALUATING, AdoptionStage.LOCAL_ASSURANCE,
                        AdoptionStage.ADOPTED)));
        assertEquals(3, figures.piloted());
        assertEquals(2, figures.pilotedThenAdopted());
        assertEquals(1, figures.pilotedThenScaled());
        assertEquals(33, figures.pilotToScalePercent());
        assertEquals(15L, figures.medianDaysIn().get(AdoptionStage.PILOTING), "median of 10 and 20 days; the pilot still running is not counted");
        assertEquals(new BoardFigures.Ranked("BreatheWell 1", 2), figures.productsByTrustsUsing().get(0));
        assertEquals(new BoardFigures.Ranked("SleepEasy 1", 1), figures.productsByTrustsUsing().get(1));
    }

    @Test
    void carryingOverToARenewedPassportDoesNotEndTheStay() {
        List<StageMoveView> moves = List.of(new StageMoveView(null, AdoptionStage.INTEREST, null, "a", START),
                new StageMoveView(AdoptionStage.INTEREST, AdoptionStage.PILOTING, null, "a", START.plus(Duration.ofDays(2))),
                new StageMoveView(AdoptionStage.PILOTING, AdoptionStage.PILOTING, "Now relies on passport Y", "a", START.plus(Duration.ofDays(5))),
                new StageMoveView(AdoptionStage.PILOTING, AdoptionStage.ADOPTED, null, "a", START.plus(Duration.ofDays(12))));
        AdoptionView carried = new AdoptionView(UUID.randomUUID(), UUID.randomUUID(), "RHW", "Trust", UUID.randomUUID(), "BreatheWell", "1",
                UUID.randomUUID(), null, AdoptionStage.ADOPTED, null, null, null, START, 0, moves, List.of());
        assertEquals(10L, BoardFigures.of(List.of(carried)).medianDaysIn().get(AdoptionStage.PILOTING));
        assertEquals(2L, BoardFigures.of(List.of(carried)).medianDaysIn().get(AdoptionStage.INTEREST));
    }

    @Test
    void noPilotMeansNoRate() {
        assertNull(BoardFigures.of(List.of()).pilotToScalePercent());
    }

    private static AdoptionView adoption(String product, int daysPerStage, AdoptionStage... path) {
        List<StageMoveView> moves = new ArrayList<>();
        AdoptionStage from = null;
        for (int i = 0; i < path.length; i++) {
            moves.add(new StageMoveView(from, path[i], null, "someone", START.plus(Duration.ofDays((long) i * daysPerStage))));
            from = path[i];
        }
        return new AdoptionView(UUID.randomUUID(), UUID.randomUUID(), "RHW", "Trust", UUID.nameUUIDFromBytes(product.getBytes()),
                product, "1", UUID.randomUUID(), null, path[path.length - 1], null, null, null, START, 0, moves, List.of());
    }
}
