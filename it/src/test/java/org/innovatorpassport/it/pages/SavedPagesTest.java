package org.innovatorpassport.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.innovatorpassport.it.pages.Page.Row;
import org.junit.jupiter.api.Test;

/**
 * The readers of {@link Page} and {@link HtmlForm} on pages the application wrote during a page
 * journey, saved as they were sent (in {@code saved/}): each reader must find what a person sees, so
 * that a page journey test fails when a page breaks and not because its reader misread it.
 */
class SavedPagesTest {
    private static final String SUBMISSION = "/supplier/submissions/c6e02273-a4bd-4fc2-a720-1a0db5fdd972";

    private final Page passport = saved("issued-passport.html", "/passports/54c2ced0-d531-45f5-a7c6-a5ed39b80af2");
    private final Page dashboard = saved("supplier-dashboard.html", "/supplier");
    private final Page draft = saved("draft-submission.html", SUBMISSION);

    @Test
    void passportPageReadsItsTitleHeadingBannerAndSummaryList() {
        assertEquals("Innovator passport for Ward Rounds 8584 3.2.6 – Innovator Passport", passport.title());
        assertEquals("Innovator passport for Ward Rounds 8584 3.2.6", passport.heading());
        assertEquals("The passport has been issued.", passport.banner());
        assertEquals("", passport.errorSummary());
        assertEquals(Optional.of("Issued"), passport.summary("Status"));
        assertEquals(Optional.of("Page Journey Health 64DI83 Ltd"), passport.summary("Supplier"));
        assertEquals(Optional.of("0 trusts, so 0 assessments were not repeated"), passport.summary("Trusts relying on it"));
        assertEquals(Optional.of("IP-NPHR-4JER Check it on the public verification page"), passport.summary("Verification code"));
        assertEquals(Optional.of("IP-NPHR-4JER"), passport.summaryValue("Verification code").map(v -> v.selectFirst("code")).map(Words::in));
        assertEquals(Optional.empty(), passport.summary("Verification"), "a key is matched whole");
        assertTrue(passport.links("/verify/IP-NPHR-4JER"));
        assertFalse(passport.links("/verify/IP-NPHR"), "a link is matched whole");
    }

    @Test
    void tableCellsReadAsTheirValuesWithoutTheHeadingsRepeatedForSmallScreens() {
        List<Row> evidence = passport.table("Evidence covered by this passport");
        assertEquals(9, evidence.size());
        Map<String, String> first = new LinkedHashMap<>();
        first.put("Type", "Accessibility statement");
        first.put("Reference", "ACCESSIBILITY-STATEMENT-595478");
        first.put("Issued by", "Page Journey Health clinical and governance team");
        first.put("Issued", "4 August 2026");
        first.put("Expires", "Does not expire");
        first.put("SHA-256 (first 16)", "a7d46561ce1c8a14");
        assertEquals(first, evidence.get(0).cells());
        assertTrue(passport.text().contains("a7d46561ce1c8a14"), passport.text());
        assertFalse(passport.text().contains("SHA-256 (first 16) a7d46561ce1c8a14"), "the page's text leaves the repeated headings out");
        assertEquals(List.of(), passport.table("Evidence"), "a caption is matched whole");
    }

    @Test
    void dashboardReadsItsChecklistTablesAndLinks() {
        Map<String, String> checklist = dashboard.taskList();
        assertEquals(List.of("Organisation details: legal name, Companies House number and registered address",
                "ICO registration number", "ODS code your Data Security and Protection Toolkit is published under",
                "A main contact", "At least one product described"), List.copyOf(checklist.keySet()));
        assertTrue(checklist.values().stream().allMatch("Completed"::equals), checklist.toString());

        List<Row> submissions = dashboard.table("Your submissions for assurance");
        assertEquals(1, submissions.size());
        Row row = submissions.get(0);
        assertEquals("Ward Rounds 8584 3.2.6", row.cell("Product"));
        assertEquals("Submitted", row.cell("Status"));
        assertTrue(row.links(SUBMISSION));
        assertFalse(row.links("/supplier/products/936661b4-8952-44e9-ae2d-e94e47a7c311"), "a row's links are its own");
        assertTrue(dashboard.links("/supplier/products/new"));
        assertEquals(Optional.of("65 Form Street Leeds LS1 4AP"), dashboard.summary("Registered address"), "lines read as words");
        assertEquals(List.of("/logout", "/supplier/invitations"), dashboard.forms().stream().map(HtmlForm::action).toList());
    }

    @Test
    void draftSubmissionReadsWhatIsStillNeeded() {
        Map<String, String> problems = draft.answerProblems();
        assertEquals(21, problems.size(), problems.toString());
        assertEquals("C1.8", problems.keySet().iterator().next());
        assertEquals("Answer this question", problems.get("D1.9"));
        assertTrue(problems.values().stream().allMatch("Answer this question"::equals), problems.toString());
        assertEquals(List.of("Accessibility statement", "Cyber Essentials or Cyber Essentials Plus certificate",
                "Data protection impact assessment", "Data Security and Protection Toolkit published assessment", "Privacy notice"),
                draft.evidenceStillNeeded());
        assertEquals(Map.of(), passport.answerProblems());
        assertEquals(List.of(), passport.evidenceStillNeeded());
    }

    @Test
    void draftSubmissionFormsHoldWhatThePageShows() {
        assertEquals(List.of("/logout", SUBMISSION + "/answers", SUBMISSION + "/evidence", SUBMISSION + "/submit"),
                draft.forms().stream().map(HtmlForm::action).toList());
        HtmlForm answers = draft.formTo("/answers");
        assertEquals("POST", answers.method());
        assertFalse(answers.multipart());
        assertTrue(answers.buttons().startsWith("Save answers"), answers.buttons());
        assertEquals("revision", answers.names().get(0), "controls come in page order");
        assertEquals(Optional.of("1"), answers.value("revision"));
        assertEquals(Optional.of("Page Journey Health 64DI83 Ltd"), answers.value("answer-A1"));
        assertEquals(57, answers.names().stream().filter(n -> n.startsWith("answer-")).count());
        assertEquals(HtmlForm.Kind.RADIO, answers.kind("answer-C1.1"));
        assertEquals(Map.of("yes", "Yes", "no", "No"), answers.choices("answer-C1.1"));
        assertEquals(Optional.of("no"), answers.value("answer-C1.1"));
        assertEquals(Optional.empty(), answers.value("answer-C1.8"), "no radio of an unanswered question is chosen");
        assertEquals(Optional.of("yes"), answers.value("na-A11"));
        assertEquals("This question does not apply to our product (A11)", answers.choices("na-A11").get("yes"));
        assertEquals(Optional.of("We make software and provide no regulated care, so the CQC does not assess us."),
                answers.value("why-A11"));

        HtmlForm evidence = draft.formTo("/evidence");
        assertTrue(evidence.multipart());
        assertEquals("Upload document", evidence.buttons());
        assertEquals(HtmlForm.Kind.FILE, evidence.kind("file"));
        assertEquals(HtmlForm.Kind.SELECT, evidence.kind("type"));
        assertEquals("External penetration test report", evidence.choices("type").get("PEN_TEST"));
        assertEquals(List.of(""), evidence.values("type"), "the select starts on its prompt");
    }

    private static Page saved(String name, String path) {
        try (InputStream in = SavedPagesTest.class.getResourceAsStream("saved/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no saved page " + name);
            }
            String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Page("GET", URI.create("http://127.0.0.1:8380" + path), 200, "text/html;charset=UTF-8", html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
