package org.innovatorpassport.assurance.internal.passport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.innovatorpassport.assurance.api.PassportStatus;
import org.innovatorpassport.assurance.internal.evidence.LibraryItem;
import org.innovatorpassport.platform.api.OutboxConsumer;
import org.innovatorpassport.platform.api.OutboxMessage;
import org.innovatorpassport.templates.api.EvidenceType;
import org.innovatorpassport.templates.api.Templates;

/**
 * When a supplier replaces an organisation document in its library, every reliable passport that
 * covers the old one becomes expiring: it still vouches for the document its assessor saw, which stays
 * valid until its own expiry date (when the status job makes the passport expired), but it no longer
 * covers the supplier's current evidence and must be renewed. The status change tells relying trusts,
 * once per passport; a delivery repeated by the outbox finds the passport already expiring for this reason.
 */
@ApplicationScoped
class ReplacedEvidenceWatch implements OutboxConsumer {

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    JpaPassports passports;

    @Inject
    Templates templates;

    @Inject
    Clock clock;

    @Override
    public String topic() {
        return LibraryItem.REPLACED_TOPIC;
    }

    @Override
    @Transactional
    public void consume(OutboxMessage message) {
        UUID replaced = UUID.fromString(message.payload());
        List<Object[]> covering = em.createQuery("select p, e.evidenceType from PassportRecord p, PassportEvidenceRecord e "
                        + "where e.passportId = p.id and e.evidenceId = :replaced and p.status in :reliable", Object[].class)
                .setParameter("replaced", replaced).setParameter("reliable", List.of(PassportStatus.ISSUED, PassportStatus.EXPIRING))
                .getResultList();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        for (Object[] row : covering) {
            PassportRecord passport = (PassportRecord) row[0];
            if (passport.statusReason != null) {
                continue;
            }
            String title = templates.evidenceType((String) row[1]).map(EvidenceType::title).orElse((String) row[1]);
            passports.changeStatus(passport, PassportStatus.EXPIRING, "The " + title + " it covers was replaced on " + today
                    + "; the supplier must renew the passport to cover the new version");
        }
    }
}
