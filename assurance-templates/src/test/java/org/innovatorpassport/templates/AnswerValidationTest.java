package org.innovatorpassport.templates;

import static org.innovatorpassport.templates.AnswerSheet.completeDtac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.innovatorpassport.templates.api.Decision;
import org.innovatorpassport.templates.api.Template;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerValidationTest {

    private final Template dtac = BuiltInTemplates.dtac();

    private Map<String, String> problemsWith(AnswerSheet sheet) {
        return dtac.validate(sheet.answers());
    }

    @Test
    void aCompleteSetOfAnswersHasNoProblems() {
        assertEquals(Map.of(), problemsWith(completeDtac()));
    }

    @Test
    void notApplicableWithAJustificationIsAcceptedWhereTheCriterionAllowsIt() {
        var sheet = completeDtac().notApplicable("A10", "A registered charity, number 1234567");

        assertEquals(Map.of(), problemsWith(sheet));
    }

    @Test
    void notApplicableIsRefusedWhereTheCriterionDoesNotAllowIt() {
        var sheet = completeDtac().notApplicable("C2.3", "We do not think we need one");

        assertTrue(problemsWith(sheet).containsKey("C2.3"));
        assertEquals(1, problemsWith(sheet).size());
    }

    @Test
    void notApplicableWithoutAJustificationIsRefused() {
        var sheet = completeDtac().notApplicable("A10", "  ");

        assertEquals("Explain why this question does not apply to your product", problemsWith(sheet).get("A10"));
    }

    @Test
    void aMissingAnswerIsAProblemWhereTheCriterionApplies() {
        var sheet = completeDtac().without("C2.3").answer("C1.14", " ");

        assertEquals(Map.of("C1.14", "Answer this question", "C2.3", "Answer this question"), problemsWith(sheet));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            C1.1  | maybe
            C1.1  | Yes
            C2.1  | MOSTLY_MET
            C4.2  | FHIR,SOAP
            C4.2  | FHIR,FHIR
            C3.3  | 2026-02-30
            C3.3  | 01/03/2026
            C3.7  | high
            C3.7  | 11
            C3.7  | -1
            C3.7  | 4.35
            D1.10 | 99.955
            D1.10 | 100.5
            C2.3  | 12345678
            C2.2  | rh8
            A10   | 1234
            A6    | jo at acme
            C2.5  | acme.example/privacy
            """)
    void anAnswerOfTheWrongShapeIsAProblem(String code, String value) {
        var problems = problemsWith(completeDtac().answer(code, value));

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.containsKey(code));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            C4.2  | FHIR,HL7_V2,OTHER
            C4.2  | FHIR, HL7_V2
            C3.7  | 0
            C3.7  | 9.8
            D1.10 | 100
            D1.10 | 99.90
            C2.3  | Z1234567
            A10   | SC123456
            C2.2  | RH802
            """)
    void anAnswerOfTheRightShapeIsAccepted(String code, String value) {
        assertEquals(Map.of(), problemsWith(completeDtac().answer(code, value)));
    }

    @Test
    void aCvssOfSevenOrMoreIsNotAProblemWithTheAnswerButSuggestsTheCriterionIsNotMet() {
        var sheet = completeDtac().answer("C3.7", "7.0");
        var cvss = dtac.criterion("C3.7").orElseThrow();

        assertEquals(Map.of(), problemsWith(sheet));
        assertEquals(Optional.of(Decision.NOT_MET), cvss.suggestedDecision(sheet.answers().get("C3.7")));
        assertEquals(Optional.of(Decision.MET),
                cvss.suggestedDecision(completeDtac().answer("C3.7", "6.9").answers().get("C3.7")));
    }

    @Test
    void aDsptStatusBelowStandardsMetSuggestsNotMet() {
        var status = dtac.criterion("C2.1").orElseThrow();

        assertEquals(Optional.of(Decision.NOT_MET), status.suggestedDecision(
                completeDtac().answer("C2.1", "APPROACHING_STANDARDS").answers().get("C2.1")));
        assertEquals(Optional.of(Decision.MET), status.suggestedDecision(
                completeDtac().answer("C2.1", "STANDARDS_EXCEEDED").answers().get("C2.1")));
    }

    @Test
    void anAnswerToAQuestionTheTemplateDoesNotHaveIsAProblem() {
        var problems = problemsWith(completeDtac().answer("C9.9", "yes"));

        assertEquals(1, problems.size());
        assertTrue(problems.containsKey("C9.9"));
    }

    @Test
    void answersToQuestionsThatDoNotApplyAreIgnored() {
        var sheet = completeDtac().answer("C1.2", "not a class");

        assertFalse(problemsWith(sheet).containsKey("C1.2"));
    }
}
