package org.innovatorpassport.assurance.internal.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Outbox;

/**
 * The turns of a review that the other side must hear about: a return tells the supplier, a
 * resubmission tells the assessor. Written to the outbox in the transaction of the change, so the
 * notification is sent once the change commits and never lost.
 */
@ApplicationScoped
public class ReviewTurns {
    public static final String RETURNED_TOPIC = "assurance.submission-returned";
    public static final String RESUBMITTED_TOPIC = "assurance.submission-resubmitted";

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Callers callers;

    /** The returning assessor's body takes the submission if no body has yet, so the resubmission reaches it. */
    public void returned(UUID submissionId) {
        take(em, submissionId, callers.required().organisationId());
        outbox.publish(RETURNED_TOPIC, submissionId.toString());
    }

    public void resubmitted(UUID submissionId) {
        outbox.publish(RESUBMITTED_TOPIC, submissionId.toString());
    }

    /**
     * The body takes the submission unless one already has; an insert that yields to an existing
     * row, so two assessors taking it at once never collide.
     */
    public static void take(EntityManager em, UUID submissionId, UUID assuranceBodyId) {
        em.createNativeQuery("insert into assurance.submission_assignment (submission_id, assurance_body_id, version) "
                + "values (?1, ?2, 0) on conflict (submission_id) do nothing")
                .setParameter(1, submissionId).setParameter(2, assuranceBodyId).executeUpdate();
    }
}
