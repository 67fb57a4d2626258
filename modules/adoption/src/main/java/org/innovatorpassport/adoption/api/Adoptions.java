package org.innovatorpassport.adoption.api;

import java.util.List;
import java.util.UUID;

/**
 * Trusts' adoption pipelines. A trust manages only its own; a board member sees those of the board's
 * member trusts; a supplier sees where its products are piloted and adopted; anyone else is refused.
 */
public interface Adoptions {

    /** The caller's trust takes an interest in a product version; taking it twice answers the same pipeline. */
    AdoptionView start(AdoptionStart start);

    /** The pipelines the caller may see, most recently changed first. */
    List<AdoptionView> visible();

    /** One pipeline, if the caller may see it ("not found" otherwise, so its existence does not leak). */
    AdoptionView get(UUID adoptionId);

    /**
     * Moves the caller's pipeline; {@code revision} must match or the answer is 409. Refused (409) when
     * the move is not one {@link AdoptionView#next()} allows, with the reason it gives.
     */
    AdoptionView move(UUID adoptionId, StageMove move, long revision);

    /**
     * The caller's trust relies on the passport that renewed the one its pipeline relies on, and the
     * pipeline carries over to it: same stage, flag lifted, history kept with the carry-over as an
     * entry, and the trust's renewal notice for it marked read. Doing it again changes nothing;
     * refused (409) when no reliable renewal supersedes the pipeline's passport.
     */
    AdoptionView carryOver(UUID adoptionId);
}
