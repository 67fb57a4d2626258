package org.innovatorpassport.assurance.internal.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.innovatorpassport.platform.api.Notifications;
import org.innovatorpassport.platform.api.OutboxMessage;

/**
 * Writes the notification of a review turn. The outbox message's id is the notification's dedupe
 * key, so a redelivery writes nothing more, while a second return of the same submission is a new
 * notification.
 */
@ApplicationScoped
class ReviewNotices {
    static final String SUBJECT = "submission";

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    SubmissionTitles titles;

    /** Tells the supplier; the questions still open are counted so it knows what the return is about. */
    void returned(OutboxMessage message) {
        UUID id = UUID.fromString(message.payload());
        Object[] row = submission(id);
        Number open = (Number) em.createNativeQuery("select count(*) from (select distinct on (criterion_code) side "
                + "from assurance.clarification_message where submission_id = ?1 order by criterion_code, written_at desc, id desc) t "
                + "where t.side = 'ASSESSOR'").setParameter(1, id).getSingleResult();
        String text = "Your " + titles.assessment((String) row[2], (String) row[3], (UUID) row[0])
                + " was returned for clarification" + (open.longValue() == 0 ? "."
                : ": " + open + (open.longValue() == 1 ? " question awaits" : " questions await") + " your answer.");
        notifications.send((UUID) row[1], "SUBMISSION_RETURNED", SUBJECT, id, text, message.id());
    }

    /** Tells the assigned assessor, or every assessor of the body that took it while nobody is assigned. */
    void resubmitted(OutboxMessage message) {
        UUID id = UUID.fromString(message.payload());
        Object[] row = submission(id);
        Object[] assignment = (Object[]) em.createNativeQuery("select assessor_id, assurance_body_id from assurance.submission_assignment "
                + "where submission_id = ?1").setParameter(1, id).getResultStream().findFirst().orElse(null);
        if (assignment == null) {
            return;
        }
        UUID recipient = assignment[0] != null ? (UUID) assignment[0] : (UUID) assignment[1];
        String text = titles.supplier((UUID) row[1]) + " resubmitted its " + titles.assessment((String) row[2], (String) row[3], (UUID) row[0])
                + " after your clarification.";
        notifications.send(recipient, "SUBMISSION_RESUBMITTED", SUBJECT, id, text, message.id());
    }

    private Object[] submission(UUID id) {
        return (Object[]) em.createNativeQuery("select product_id, supplier_id, template_id, template_version from assurance.submission "
                + "where id = ?1").setParameter(1, id).getSingleResult();
    }
}
