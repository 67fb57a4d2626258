package org.innovatorpassport.assurance.internal.reliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.innovatorpassport.assurance.api.PassportStatus;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.platform.api.OutboxConsumer;
import org.innovatorpassport.platform.api.OutboxMessage;

/**
 * When a passport is suspended, revoked or expires, or becomes expiring because the organisation evidence it
 * covers was replaced, every trust that relies on it is told, once per passport and kind. Delivered
 * through the outbox, so a crash between the change and the notice loses nothing; a notice already
 * written is not written twice.
 */
@ApplicationScoped
class RelyingTrustsNotifier implements OutboxConsumer {

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @jakarta.inject.Inject
    Clock clock;

    @Override
    public String topic() {
        return Passports.STATUS_CHANGED_TOPIC;
    }

    @Override
    @Transactional
    public void consume(OutboxMessage message) {
        UUID passportId = UUID.fromString(message.payload());
        Object[] passport = (Object[]) em.createNativeQuery("select status, code, product_name, product_version, status_reason "
                + "from assurance.passport where id = ?1").setParameter(1, passportId).getSingleResult();
        PassportStatus status = PassportStatus.valueOf((String) passport[0]);
        // An expiring passport is news only when something other than the calendar made it so: its reason says what.
        boolean expiringForAReason = status == PassportStatus.EXPIRING && passport[4] != null;
        if (status != PassportStatus.SUSPENDED && status != PassportStatus.REVOKED && status != PassportStatus.EXPIRED
                && !expiringForAReason) {
            return;
        }
        String text = "Passport " + passport[1] + " for " + passport[2] + " " + passport[3] + " you rely on is "
                + status.name().toLowerCase() + (passport[4] == null ? "" : ": " + passport[4])
                + ". Review your use of the product.";
        em.createNativeQuery("insert into assurance.notification (id, organisation_id, passport_id, kind, message, created_at) "
                + "select gen_random_uuid(), r.trust_id, r.passport_id, ?2, ?3, ?4 from assurance.reliance r where r.passport_id = ?1 "
                + "on conflict (organisation_id, passport_id, kind) do nothing")
                .setParameter(1, passportId).setParameter(2, status.name()).setParameter(3, text)
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
    }
}
