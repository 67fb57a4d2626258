package org.innovatorpassport.assurance.internal.reliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.innovatorpassport.assurance.api.NotificationView;
import org.innovatorpassport.assurance.api.PassportAction;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.assurance.api.RelianceView;
import org.innovatorpassport.assurance.api.Reliances;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Outbox;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;

@ApplicationScoped
@Transactional
class JpaReliances implements Reliances {

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    Passports passports;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Override
    public RelianceView rely(UUID passportId) {
        Caller trust = callers.required();
        if (!trust.hasRole(Roles.TRUST)) {
            throw Problem.forbidden("Only an NHS trust can rely on a passport.");
        }
        PassportView passport = passports.get(passportId);
        var existing = em.createQuery("select r from RelianceRecord r where r.passportId = :p and r.trustId = :t", RelianceRecord.class)
                .setParameter("p", passportId).setParameter("t", trust.organisationId()).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get().view();
        }
        if (!passport.status().allows(PassportAction.RELY)) {
            throw new Problem(409, "passport-not-reliable", "This passport cannot be relied on",
                    "The passport is " + passport.status().name().toLowerCase() + (passport.statusReason() == null ? "" : ": "
                            + passport.statusReason()) + ".");
        }
        RelianceRecord reliance = new RelianceRecord();
        reliance.id = UUID.randomUUID();
        reliance.passportId = passportId;
        reliance.trustId = trust.organisationId();
        reliance.trustName = trust.organisationName();
        reliance.reliedBy = trust.email();
        reliance.reliedAt = clock.instant();
        em.persist(reliance);
        em.flush();
        // The listing shows how many trusts rely on the passport: it follows, through the outbox.
        outbox.publish(Passports.LISTING_CHANGED_TOPIC, passport.productId().toString());
        audit.record("passport.relied-on", "passport", passportId, trust.organisationName() + " relies on "
                + passport.code() + " instead of its own DTAC assessment");
        return reliance.view();
    }

    @Override
    public List<RelianceView> ofPassport(UUID passportId) {
        Caller caller = callers.required();
        // Which trusts rely is shared; who at another trust pressed the button is not.
        return em.createQuery("select r from RelianceRecord r where r.passportId = :p order by r.reliedAt", RelianceRecord.class)
                .setParameter("p", passportId).getResultStream().map(RelianceRecord::view)
                .map(r -> caller.actsFor(r.trustId()) ? r : new RelianceView(r.id(), r.passportId(), r.trustId(), r.trustName(),
                        null, r.reliedAt())).toList();
    }

    @Override
    public java.util.Map<UUID, java.util.Set<UUID>> trustsRelyingOn(java.util.Collection<UUID> passportIds) {
        java.util.Map<UUID, java.util.Set<UUID>> relying = new java.util.HashMap<>();
        if (passportIds.isEmpty()) {
            return relying;
        }
        em.createQuery("select r.passportId, r.trustId from RelianceRecord r where r.passportId in :p", Object[].class)
                .setParameter("p", passportIds).getResultList()
                .forEach(r -> relying.computeIfAbsent((UUID) r[0], p -> new java.util.HashSet<>()).add((UUID) r[1]));
        return relying;
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Set<UUID> productsReliedOnBy(java.util.Collection<UUID> trustIds) {
        if (trustIds.isEmpty()) {
            return java.util.Set.of();
        }
        // SQL rather than the passport entity: the passport package already depends on this one
        return new java.util.HashSet<>(em.createNativeQuery("select distinct p.product_id from assurance.reliance r "
                + "join assurance.passport p on p.id = r.passport_id where r.trust_id in (:trusts)")
                .setParameter("trusts", trustIds).getResultList());
    }

    @Override
    public List<RelianceView> mine() {
        return em.createQuery("select r from RelianceRecord r where r.trustId = :t order by r.reliedAt desc", RelianceRecord.class)
                .setParameter("t", callers.required().organisationId()).getResultStream().map(RelianceRecord::view).toList();
    }

    @Override
    public long assessmentsAvoided() {
        return em.createQuery("select count(r) from RelianceRecord r", Long.class).getSingleResult();
    }

    @Override
    public java.util.Map<UUID, Long> assessmentsAvoidedByTrust() {
        return em.createQuery("select r.trustId, count(r) from RelianceRecord r group by r.trustId", Object[].class).getResultStream()
                .collect(java.util.stream.Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
    }

    @Override
    public List<NotificationView> notifications() {
        return em.createQuery("select n from NotificationRecord n where n.organisationId = :o order by n.createdAt desc",
                NotificationRecord.class).setParameter("o", callers.required().organisationId()).getResultStream()
                .map(NotificationRecord::view).toList();
    }
}
