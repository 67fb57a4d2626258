package org.innovatorpassport.templates;

import static org.innovatorpassport.templates.AnswerSheet.completeDtac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.innovatorpassport.templates.api.Decision;
import org.innovatorpassport.templates.api.PassOutcome;
import org.innovatorpassport.templates.api.Score;
import org.innovatorpassport.templates.api.Template;
import org.junit.jupiter.api.Test;

class PassOutcomeTest {

    private final Template dtac = BuiltInTemplates.dtac();

    private PassOutcome evaluate(AnswerSheet sheet, Map<String, Decision> decisions) {
        return dtac.evaluate(sheet.answers(), decisions);
    }

    private static Map<String, Decision> with(Map<String, Decision> decisions, String code, Decision decision) {
        decisions.put(code, decision);
        return decisions;
    }

    @Test
    void passesWhenEveryApplicableCriterionOfC1ToC4IsMet() {
        var sheet = completeDtac();

        PassOutcome outcome = evaluate(sheet, sheet.decideAll(dtac, Decision.MET));

        assertTrue(outcome.passed());
        assertEquals(List.of(), outcome.outstanding());
    }

    @Test
    void doesNotPassWhileOneCriterionNeedsClarification() {
        var sheet = completeDtac();

        PassOutcome outcome = evaluate(sheet,
                with(sheet.decideAll(dtac, Decision.MET), "C2.4", Decision.CLARIFICATION_NEEDED));

        assertFalse(outcome.passed());
        assertEquals(List.of("C2.4"), outcome.outstanding());
    }

    @Test
    void doesNotPassWhenACriterionIsNotMetOrUndecided() {
        var sheet = completeDtac().answer("C3.7", "8.1");
        var decisions = with(sheet.decideAll(dtac, Decision.MET), "C3.7", Decision.NOT_MET);
        decisions.remove("C4.10");

        assertEquals(List.of("C3.7", "C4.10"), evaluate(sheet, decisions).outstanding());
    }

    @Test
    void criteriaHiddenByAConditionNeedNoDecision() {
        var sheet = completeDtac().answer("C3.4", "yes");
        var decisions = sheet.decideAll(dtac, Decision.MET);

        assertFalse(decisions.containsKey("C3.5"));
        assertTrue(evaluate(sheet, decisions).passed());
    }

    @Test
    void contextSectionsAndD1NeverDecideThePass() {
        var sheet = completeDtac();
        var decisions = sheet.decideAll(dtac, Decision.MET);
        decisions.replaceAll((code, d) -> code.startsWith("A") || code.startsWith("B") ? Decision.CLARIFICATION_NEEDED
                : code.startsWith("D1") ? Decision.NOT_MET : d);

        PassOutcome outcome = evaluate(sheet, decisions);

        assertTrue(outcome.passed());
        assertEquals(new Score(0, 6), outcome.score("D1").orElseThrow());
    }

    @Test
    void theD1ScoreCountsThePointsOfAnswersTheReviewerAccepted() {
        var best = completeDtac();
        assertEquals(new Score(6, 6), evaluate(best, best.decideAll(dtac, Decision.MET)).score("D1").orElseThrow());

        var planned = completeDtac().answer("D1.6", "PLAN").answer("D1.7", "2027-03-31").answer("D1.3", "no")
                .without("D1.4");
        assertEquals(new Score(4, 6),
                evaluate(planned, planned.decideAll(dtac, Decision.MET)).score("D1").orElseThrow());

        var doubted = completeDtac();
        assertEquals(new Score(4, 6), evaluate(doubted,
                with(doubted.decideAll(dtac, Decision.MET), "D1.6", Decision.CLARIFICATION_NEEDED))
                .score("D1").orElseThrow());
    }

    @Test
    void aJustifiedNotApplicableLeavesItsPointsOutOfTheScore() {
        var sheet = completeDtac().notApplicable("D1.5", "The product gives no information to patients");

        Score score = evaluate(sheet, sheet.decideAll(dtac, Decision.MET)).score("D1").orElseThrow();

        assertEquals(new Score(5, 5), score);
        assertEquals(1.0, score.fraction());
    }

    @Test
    void onlyScoredSectionsHaveAScore() {
        var sheet = completeDtac();

        assertEquals(List.of("D1"), List.copyOf(evaluate(sheet, Map.of()).scores().keySet()));
    }
}
