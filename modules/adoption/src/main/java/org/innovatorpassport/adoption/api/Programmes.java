package org.innovatorpassport.adoption.api;

import java.util.List;
import java.util.UUID;

/** A board's scale-up programmes. Members of the board run them; others are refused. */
public interface Programmes {

    ProgrammeView create(UUID boardId, ProgrammeDetails details);

    List<ProgrammeView> ofBoard(UUID boardId);

    ProgrammeView get(UUID programmeId);

    /** Planned to running to closed, one step at a time; {@code revision} must match or the answer is 409. */
    ProgrammeView changeStatus(UUID programmeId, ProgrammeStatus status, long revision);

    /** Adds a product version to the shortlist, marked assured or not; adding it twice changes nothing. */
    ProgrammeView shortlist(UUID programmeId, java.util.UUID productId);

    /** Records a decision about a shortlisted product; the product's current decision, if any, is superseded, never edited. */
    ProgrammeView decide(UUID programmeId, DecisionEntry decision);
}
