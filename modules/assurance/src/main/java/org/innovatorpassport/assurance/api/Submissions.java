package org.innovatorpassport.assurance.api;

import java.util.List;
import java.util.UUID;
import org.innovatorpassport.templates.api.Answer;

/**
 * Submissions for assurance. Who may see what is decided here, from the caller: a supplier sees only
 * its own; an assessor sees every submission that has been submitted, never a draft; trusts see none.
 */
public interface Submissions {

    /**
     * Opens a draft against the template version in force today for one of the caller's products. For a
     * new version of a product whose earlier version holds a passport of this template, the draft carries
     * over that passport's answers, evidence and decisions; see {@link #reviewScope(UUID)}.
     */
    SubmissionView open(UUID productId, String templateId);

    SubmissionView get(UUID submissionId);

    /** The caller's own submissions (supplier) or every submitted one (assessor). */
    List<SubmissionSummary> list();

    /** Saves answers (a draft, or one returned for clarification). Other answers stay as they were. */
    SubmissionView answer(UUID submissionId, List<Answer> answers, long revision);

    /** Sends the submission for review; submitting one that is already submitted changes nothing. */
    SubmissionView submit(UUID submissionId);

    /** The assessor's decision on one criterion, with a comment; every decision is kept. */
    SubmissionView decide(UUID submissionId, Verdict verdict);

    /** The assessor sends it back so the supplier can answer the clarifications. */
    SubmissionView returnToSupplier(UUID submissionId);

    /** The supplier takes it out of assessment before a decision; it stays, read-only, with its history. */
    SubmissionView withdraw(UUID submissionId);

    List<DecisionRecord> history(UUID submissionId);

    /** What the assessor must review, and which decisions are carried over from an earlier passport. */
    ReviewScope reviewScope(UUID submissionId);
}
