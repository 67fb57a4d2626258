package org.innovatorpassport.adoption.internal.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.innovatorpassport.adoption.api.AdoptionStage;
import org.innovatorpassport.adoption.api.HazardStatus;
import org.innovatorpassport.adoption.api.HazardView;
import org.innovatorpassport.adoption.api.NextStage;
import org.innovatorpassport.adoption.api.RiskMatrix;
import org.junit.jupiter.api.Test;

class PipelineRulesTest {

    @Test
    void adoptionIsBlockedWithoutAReliablePassport() {
        NextStage adopted = stage(PipelineRules.next(AdoptionStage.PILOTING, "Passport ABC is suspended.", true), AdoptionStage.ADOPTED);
        assertFalse(adopted.allowed());
        assertEquals("Passport ABC is suspended.", adopted.blockedBecause());
    }

    @Test
    void adoptionIsBlockedUntilTheDcb0160RecordIsSignedOff() {
        NextStage adopted = stage(PipelineRules.next(AdoptionStage.PILOTING, null, false), AdoptionStage.ADOPTED);
        assertFalse(adopted.allowed());
        assertTrue(adopted.blockedBecause().contains("DCB0160"));
        assertTrue(stage(PipelineRules.next(AdoptionStage.PILOTING, null, true), AdoptionStage.ADOPTED).allowed());
    }

    @Test
    void stoppingIsAlwaysOpenAndNeedsNoPassport() {
        for (AdoptionStage from : List.of(AdoptionStage.INTEREST, AdoptionStage.PILOTING, AdoptionStage.SCALED)) {
            assertTrue(stage(PipelineRules.next(from, "no passport", false), AdoptionStage.STOPPED).allowed());
        }
    }

    @Test
    void stagesAreNotSkipped() {
        assertFalse(AdoptionStage.INTEREST.mayMoveTo(AdoptionStage.ADOPTED));
        assertFalse(AdoptionStage.EVALUATING.mayMoveTo(AdoptionStage.PILOTING));
        assertTrue(AdoptionStage.LOCAL_ASSURANCE.mayMoveTo(AdoptionStage.ADOPTED));
        assertEquals(List.of(AdoptionStage.INTEREST), List.copyOf(AdoptionStage.STOPPED.next()));
    }

    @Test
    void riskMatrixFollowsTheStandard() {
        assertEquals(1, RiskMatrix.rating(1, 1));
        assertEquals(5, RiskMatrix.rating(5, 5));
        assertEquals(3, RiskMatrix.rating(5, 1), "catastrophic but very unlikely");
        assertEquals(3, RiskMatrix.rating(1, 5), "minor but very likely");
        assertEquals(4, RiskMatrix.rating(4, 4));
    }

    @Test
    void anUnjustifiedHazardAboveAcceptableBlocksSignOff() {
        HazardView high = hazard(4, 4, HazardStatus.OPEN, null);
        List<String> blockers = PipelineRules.signOffBlockers("Dr Lee", "GMC 1234567", "summary", List.of(high));
        assertEquals(1, blockers.size());
        assertTrue(blockers.get(0).contains("rated 4"));
        assertTrue(PipelineRules.signOffBlockers("Dr Lee", "GMC 1234567", "summary",
                List.of(hazard(4, 4, HazardStatus.OPEN, "Downtime procedure agreed with the ward"))).isEmpty());
        assertTrue(PipelineRules.signOffBlockers("Dr Lee", "GMC 1234567", "summary", List.of(hazard(2, 2, HazardStatus.OPEN, null))).isEmpty());
    }

    @Test
    void signOffNeedsAnOfficerASummaryAndAHazardLog() {
        assertEquals(3, PipelineRules.signOffBlockers(null, null, " ", List.of()).size());
    }

    private static HazardView hazard(int severity, int likelihood, HazardStatus status, String justification) {
        return new HazardView(UUID.randomUUID(), "Reminders stop during downtime", "cause", "effect", "existing", "added",
                severity, likelihood, RiskMatrix.rating(severity, likelihood), "Ward manager", status, justification, Instant.now());
    }

    private static NextStage stage(List<NextStage> next, AdoptionStage stage) {
        return next.stream().filter(n -> n.stage() == stage).findFirst().orElseThrow();
    }
}
