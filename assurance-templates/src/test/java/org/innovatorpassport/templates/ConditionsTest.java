package org.innovatorpassport.templates;

import static org.innovatorpassport.templates.AnswerSheet.completeDtac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.innovatorpassport.templates.api.Criterion;
import org.innovatorpassport.templates.api.EvidenceRequirement;
import org.innovatorpassport.templates.api.Template;
import org.junit.jupiter.api.Test;

class ConditionsTest {

    private final Template dtac = BuiltInTemplates.dtac();

    private List<String> applicable(AnswerSheet sheet) {
        return dtac.applicable(sheet.answers()).stream().map(Criterion::code).toList();
    }

    @Test
    void theMhraClassIsAskedOnlyOfAMedicalDevice() {
        assertFalse(applicable(completeDtac()).contains("C1.2"));

        var device = completeDtac().answer("C1.1", "yes");
        assertTrue(applicable(device).containsAll(List.of("C1.2", "C1.3", "C1.5")));
        assertEquals(Map.of("C1.2", "Answer this question", "C1.3", "Answer this question",
                "C1.5", "Answer this question"), dtac.validate(device.answers()));
    }

    @Test
    void anApprovedBodyIsAskedOnlyAboveClassOne() {
        var device = completeDtac().answer("C1.1", "yes").answer("C1.3", "UKCA").answer("C1.5", "yes");

        assertFalse(applicable(device.answer("C1.2", "I")).contains("C1.4"));
        assertTrue(applicable(device.answer("C1.2", "IIA")).contains("C1.4"));
        assertFalse(applicable(device.answer("C1.1", "no")).contains("C1.4"),
                "a condition on a question that no longer applies does not hold");
    }

    @Test
    void aJustificationIsAskedForOnlyWhenDcb0129IsClaimedNotToApply() {
        assertFalse(applicable(completeDtac()).contains("C1.7"));

        var notApplying = completeDtac().answer("C1.6", "no")
                .without("C1.8", "C1.9", "C1.10", "C1.11", "C1.12", "C1.14", "C1.15");
        List<String> codes = applicable(notApplying);

        assertTrue(codes.contains("C1.7"));
        assertTrue(codes.stream().noneMatch(c -> List.of("C1.8", "C1.9", "C1.10", "C1.11", "C1.14").contains(c)));
        assertEquals(Map.of("C1.7", "Answer this question"), dtac.validate(notApplying.answers()));
    }

    @Test
    void signingTheCyberSecurityCharterSkipsTheRestOfC3() {
        var charter = completeDtac().answer("C3.4", "yes")
                .without("C3.5", "C3.6", "C3.7", "C3.8", "C3.9", "C3.10");

        List<String> c3 = applicable(charter).stream().filter(c -> c.startsWith("C3.")).toList();

        assertEquals(List.of("C3.1", "C3.2", "C3.3", "C3.4"), c3);
        assertEquals(Map.of(), dtac.validate(charter.answers()));
    }

    @Test
    void aConditionOnAnyValueHoldsOnceTheOtherQuestionIsAnswered() {
        assertTrue(applicable(completeDtac()).contains("A12"));

        var notCqcRegistered = completeDtac().notApplicable("A11", "Not registered with the CQC").without("A12");
        assertFalse(applicable(notCqcRegistered).contains("A12"), "not applicable never satisfies a condition");
        assertEquals(Map.of(), dtac.validate(notCqcRegistered.answers()));
    }

    @Test
    void aWcagPlanNeedsItsDate() {
        var plan = completeDtac().answer("D1.6", "PLAN");

        assertEquals(Map.of("D1.7", "Answer this question"), dtac.validate(plan.answers()));
        assertEquals(Map.of(), dtac.validate(plan.answer("D1.7", "2027-03-31").answers()));
    }

    @Test
    void evidenceIsAskedForOnlyWhereTheAnswerCallsForIt() {
        Map<String, List<EvidenceRequirement>> needed = dtac.evidenceNeeded(completeDtac().answers());

        assertEquals("HAZARD_LOG", needed.get("C1.10").get(0).evidenceType());
        assertEquals("CYBER_ESSENTIALS", needed.get("C3.1").get(0).evidenceType());
        assertEquals("PEN_TEST", needed.get("C3.5").get(0).evidenceType());
        assertFalse(needed.containsKey("C1.3"), "no device certificate for a product that is not a device");

        var noHazardLog = dtac.evidenceNeeded(completeDtac().answer("C1.10", "no").answers());
        assertFalse(noHazardLog.containsKey("C1.10"));

        var device = dtac.evidenceNeeded(completeDtac().answer("C1.1", "yes").answer("C1.3", "CE").answers());
        assertEquals("MEDICAL_DEVICE_CERTIFICATE", device.get("C1.3").get(0).evidenceType());
    }
}
