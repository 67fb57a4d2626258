package org.innovatorpassport.adoption.internal.flag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.adoption.api.Boards;
import org.innovatorpassport.adoption.api.NotificationView;
import org.innovatorpassport.assurance.api.PassportStatus;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.platform.api.OutboxConsumer;
import org.innovatorpassport.platform.api.OutboxMessage;

/**
 * A passport changed status: when it is suspended, revoked or expired, every adoption relying on it
 * is flagged with the reason, and the trust and each board it sits on get a notice; when it enters
 * its last 30 days (expiring) they get a notice without a flag; when a renewal supersedes it, a notice
 * offering to carry the adoption over to the new passport. Delivered at
 * least once, so both steps are idempotent: a flag is overwritten with the same words, a notice
 * already written is not written twice.
 */
@ApplicationScoped
class PassportFlagger implements OutboxConsumer {
    static final Set<PassportStatus> FLAGGED = EnumSet.of(PassportStatus.SUSPENDED, PassportStatus.REVOKED, PassportStatus.EXPIRED);

    @PersistenceContext(unitName = "adoption")
    EntityManager em;

    @Inject
    Passports passports;

    @Inject
    Boards boards;

    @Inject
    Clock clock;

    @Override
    public String topic() {
        return Passports.STATUS_CHANGED_TOPIC;
    }

    @Override
    public String name() {
        return "adoption.passport-flagger";
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public void consume(OutboxMessage message) {
        UUID passportId = UUID.fromString(message.payload());
        List<Object[]> relying = em.createNativeQuery("select id, product_id, trust_id, trust_ods, product_name, product_version "
                + "from adoption.adoption where passport_id = ?1").setParameter(1, passportId).getResultList();
        if (relying.isEmpty()) {
            return;
        }
        // the module's api answers the latest passport of a product version; one that is no longer
        // the latest was replaced by a renewal, which is not a reason to flag but one to tell the
        // relying trusts, who carry their adoption over to the new passport in one step
        Optional<PassportView> latest = passports.ofProduct((UUID) relying.get(0)[1]);
        if (latest.isEmpty()) {
            return;
        }
        PassportView p = latest.get();
        Timestamp now = Timestamp.from(clock.instant());
        if (!p.id().equals(passportId)) {
            if (p.supersedes().contains(passportId) && p.status().reliable()) {
                for (Object[] adoption : relying) {
                    tell(adoption, passportId, NotificationView.RENEWED, "Passport " + p.code() + " renews the passport " + adoption[4]
                            + " " + adoption[5] + " at " + adoption[3] + " relies on: rely on the new passport to carry the adoption over.", now);
                }
            }
            return;
        }
        if (!FLAGGED.contains(p.status())) {
            em.createNativeQuery("update adoption.adoption set flag_reason = null, flagged_at = null where passport_id = ?1 "
                    + "and flag_reason is not null").setParameter(1, passportId).executeUpdate();
            if (p.status() == PassportStatus.EXPIRING) {
                // not a flag: the passport is still reliable, but the trust and its boards should see the renewal coming
                String text = "Passport " + p.code() + " expires on " + p.expiresOn() + ". ";
                for (Object[] adoption : relying) {
                    tell(adoption, passportId, "EXPIRING", text + adoption[4] + " " + adoption[5] + " at " + adoption[3]
                            + " relies on it: ask the supplier about its renewal.", now);
                }
            }
            return;
        }
        String reason = "Passport " + p.code() + " is " + p.status().name().toLowerCase()
                + (p.statusReason() == null ? "" : ": " + p.statusReason());
        em.createNativeQuery("update adoption.adoption set flag_reason = ?2, flagged_at = coalesce(flagged_at, ?3) where passport_id = ?1")
                .setParameter(1, passportId).setParameter(2, reason).setParameter(3, now).executeUpdate();
        for (Object[] adoption : relying) {
            tell(adoption, passportId, p.status().name(), reason + ". " + adoption[4] + " " + adoption[5] + " at " + adoption[3]
                    + " relies on it: review its use before going further.", now);
        }
    }

    /** The trust of the adoption and every board it sits on. */
    private void tell(Object[] adoption, UUID passportId, String kind, String text, Timestamp at) {
        notify((UUID) adoption[2], (UUID) adoption[0], passportId, kind, text, at);
        for (UUID board : boards.boardsWithTrust((String) adoption[3])) {
            notify(board, (UUID) adoption[0], passportId, kind, text, at);
        }
    }

    private void notify(UUID recipient, UUID adoptionId, UUID passportId, String kind, String text, Timestamp at) {
        em.createNativeQuery("insert into adoption.notification (id, recipient_id, adoption_id, passport_id, kind, message, created_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (recipient_id, adoption_id, passport_id, kind) do nothing")
                .setParameter(1, UUID.randomUUID()).setParameter(2, recipient).setParameter(3, adoptionId).setParameter(4, passportId)
                .setParameter(5, kind).setParameter(6, text).setParameter(7, at).executeUpdate();
    }
}
