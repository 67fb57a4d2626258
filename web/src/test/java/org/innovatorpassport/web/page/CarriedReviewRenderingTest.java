package org.innovatorpassport.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.innovatorpassport.assurance.api.CarriedDecision;
import org.innovatorpassport.assurance.api.CriterionToReview;
import org.innovatorpassport.assurance.api.ReviewScope;
import org.innovatorpassport.assurance.api.SubmissionAction;
import org.innovatorpassport.assurance.api.SubmissionStatus;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.templates.api.Decision;
import org.innovatorpassport.web.page.assessor.ReviewScreen;
import org.innovatorpassport.web.page.supplier.SubmissionScreen;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A renewal or a new product version shows which decisions it carries over and what is to review, on both sides. */
class CarriedReviewRenderingTest {
    private static final UUID EARLIER = UUID.randomUUID();
    private static final ReviewScope SCOPE = new ReviewScope(UUID.randomUUID(), EARLIER, "K7QF-2M9X",
            List.of(new CarriedDecision("A1", Decision.MET, null, "Ada Assessor", LocalDate.of(2026, 11, 7), EARLIER, "K7QF-2M9X")),
            List.of(new CriterionToReview("A3", "The supplier changed the answer", null),
                    new CriterionToReview("C3.6", "Changed in DTAC version 3 since version 2", Decision.MET)));

    @Test
    void theAssessorSeesCarriedDecisionsAndWhatToReview() {
        SubmissionView submitted = Samples.submission(SubmissionStatus.SUBMITTED, EnumSet.of(SubmissionAction.DECIDE));
        Document page = Rendered.page("assessor/review", new ReviewScreen(Shell.of("Review", Samples.assessor()), submitted,
                Samples.dtac(), "BreatheWell 2.0", List.of(), Samples.TEMPLATES.evidenceTypes(), "", List.of(),
                ReviewScreen.Attempt.NONE, null, SCOPE));
        assertEquals("Carried over decided on 2026-11-07 by Ada Assessor for passport K7QF-2M9X",
                page.selectFirst("#criterion-A1 .carried").text());
        assertEquals("To review The supplier changed the answer", page.selectFirst("#criterion-A3 .to-review").text());
        assertEquals(List.of("A3: The supplier changed the answer", "C3.6: Changed in DTAC version 3 since version 2 (decided)"),
                page.select("#to-review li").eachText());
        assertEquals("/passports/" + EARLIER, page.selectFirst("a:contains(K7QF-2M9X)").attr("href"));
        assertTrue(page.text().contains("once every criterion to review is decided: A3."), page.text());
    }

    @Test
    void aFirstSubmissionShowsNoCarryOver() {
        SubmissionView submitted = Samples.submission(SubmissionStatus.SUBMITTED, EnumSet.of(SubmissionAction.DECIDE));
        Document page = Rendered.page("assessor/review", new ReviewScreen(Shell.of("Review", Samples.assessor()), submitted,
                Samples.dtac(), "BreatheWell", List.of(), Samples.TEMPLATES.evidenceTypes(), "", List.of(), ReviewScreen.Attempt.NONE,
                null, new ReviewScope(submitted.id(), null, null, List.of(), List.of())));
        assertNull(page.selectFirst(".carried, .to-review, #to-review"));
    }

    @Test
    void theSupplierSeesWhatIsCarriedAndWhatWillBeReviewed() {
        SubmissionView draft = Samples.submission(SubmissionStatus.DRAFT, EnumSet.of(SubmissionAction.EDIT));
        Document page = Rendered.page("supplier/submission", new SubmissionScreen(Shell.of("Submission", Samples.supplier()), draft,
                Samples.dtac(), "BreatheWell 2.0", List.of(), Samples.TEMPLATES.evidenceTypes(), SubmissionScreen.Attempt.NONE, null,
                SCOPE));
        assertTrue(page.text().contains("Answers, evidence and 1 decisions from passport K7QF-2M9X"), page.text());
        assertEquals(2, page.select("#to-review li").size());
    }
}
