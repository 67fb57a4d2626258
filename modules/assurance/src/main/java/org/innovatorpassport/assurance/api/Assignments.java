package org.innovatorpassport.assurance.api;

import java.util.List;
import java.util.UUID;

/**
 * Who reviews a submission. An assessor assigns a submission under review to themselves or to a
 * colleague of the same assurance body; the first body to assign or return a submission keeps it.
 */
public interface Assignments {

    /** The assignment as the caller may see it (an empty one when nobody has taken the submission yet). */
    Assignment of(UUID submissionId);

    Assignment assign(UUID submissionId, UUID assessorId);

    /** The active assessors of the caller's assurance body, the caller among them. */
    List<Colleague> colleagues();

    /** An assessor the caller could assign a submission to. */
    record Colleague(UUID id, String name) {
    }
}
