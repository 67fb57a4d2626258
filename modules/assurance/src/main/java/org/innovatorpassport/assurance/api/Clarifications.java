package org.innovatorpassport.assurance.api;

import java.util.UUID;

/**
 * Review conversations: a clarification is a thread on one criterion of a submission. The assessor
 * asks; the supplier answers in writing, pointing at a document of the submission where needed; either
 * may follow up while the submission is under review or returned. Messages are never changed or
 * removed, so the thread stays with the decision history, also once the submission is decided or
 * withdrawn. A supplier sees only the threads of its own submissions.
 */
public interface Clarifications {

    Conversation of(UUID submissionId);

    /** Adds a message to the thread of the note's criterion; only an assessor may start a thread. */
    Conversation write(UUID submissionId, ClarificationNote note);
}
