package org.innovatorpassport.templates;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.templates.api.Criterion;
import org.innovatorpassport.templates.api.Decision;
import org.innovatorpassport.templates.api.Template;

/** A supplier's answers, built up question by question, and an assessor's decisions on them. */
final class AnswerSheet {

    private final Map<String, Answer> answers = new LinkedHashMap<>();

    /**
     * A complete DTAC v2 answer set for a product that is not a medical device, to which DCB0129
     * applies, whose supplier has not signed the Cyber Security Charter, that is patient-facing with
     * NHS login, and that answers every D1 question with the best answer.
     */
    static AnswerSheet completeDtac() {
        return new AnswerSheet()
                .answer("A1", "Acme Health Ltd").answer("A2", "Acme Triage").answer("A3", "3.2.0")
                .answer("A4", "Software as a service").answer("A5", "Jo Bloggs, Head of Compliance")
                .answer("A6", "jo@acme.example").answer("A7", "0113 496 0000")
                .answer("A8", "1 Park Row, Leeds LS1 5AB").answer("A9", "England").answer("A10", "01234567")
                .answer("A11", "2025-05-01").answer("A12", "CQC inspection report, May 2025")
                .answer("B1", "Triage of referrals").answer("B2", "A web service that ...")
                .answer("B3", "Clinicians in outpatients ...").answer("B4", "Data flows from ...")
                .answer("C1.1", "no").answer("C1.6", "yes").answer("C1.8", "yes").answer("C1.9", "yes")
                .answer("C1.10", "yes").answer("C1.11", "Dr Ann Clinician").answer("C1.12", "GMC")
                .answer("C1.14", "7654321").answer("C1.15", "yes")
                .answer("C2.1", "STANDARDS_MET").answer("C2.2", "8HA03").answer("C2.3", "ZA123456")
                .answer("C2.4", "yes").answer("C2.5", "https://acme.example/privacy")
                .answer("C2.6", "https://acme.example/terms").answer("C2.7", "UK, hosted in AWS London")
                .answer("C2.8", "no")
                .answer("C3.1", "CYBER_ESSENTIALS_PLUS").answer("C3.2", "CEP-12345").answer("C3.3", "2026-03-01")
                .answer("C3.4", "no").answer("C3.5", "2026-02-01").answer("C3.6", "Pentest Ltd (CREST)")
                .answer("C3.7", "4.3").answer("C3.8", "yes").answer("C3.9", "yes").answer("C3.10", "yes")
                .answer("C4.1", "yes").answer("C4.2", "FHIR").answer("C4.3", "FHIR R4 UK Core, https://acme.example/api")
                .answer("C4.4", "yes").answer("C4.5", "PDS").answer("C4.7", "yes").answer("C4.8", "yes")
                .answer("C4.10", "yes")
                .answer("D1.1", "yes").answer("D1.2", "Fits the referral pathway ...").answer("D1.3", "yes")
                .answer("D1.4", "Twelve clinicians ...").answer("D1.5", "yes").answer("D1.6", "YES")
                .answer("D1.8", "yes").answer("D1.9", "https://acme.example/accessibility").answer("D1.10", "99.95");
    }

    AnswerSheet answer(String code, String value) {
        answers.put(code, Answer.of(code, value));
        return this;
    }

    AnswerSheet notApplicable(String code, String justification) {
        answers.put(code, Answer.notApplicable(code, justification));
        return this;
    }

    AnswerSheet without(String... codes) {
        for (String code : codes) {
            answers.remove(code);
        }
        return this;
    }

    Map<String, Answer> answers() {
        return Map.copyOf(answers);
    }

    /** The same decision on every criterion that applies to these answers. */
    Map<String, Decision> decideAll(Template template, Decision decision) {
        Map<String, Decision> decisions = new HashMap<>();
        for (Criterion criterion : template.applicable(answers)) {
            decisions.put(criterion.code(), decision);
        }
        return decisions;
    }
}
