package org.innovatorpassport.adoption.internal.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.innovatorpassport.adoption.api.AdoptionStage;
import org.innovatorpassport.adoption.api.AdoptionStart;
import org.innovatorpassport.adoption.api.AdoptionView;
import org.innovatorpassport.adoption.api.Adoptions;
import org.innovatorpassport.adoption.api.Boards;
import org.innovatorpassport.adoption.api.NextStage;
import org.innovatorpassport.adoption.api.NotificationView;
import org.innovatorpassport.adoption.api.ProductTrusts;
import org.innovatorpassport.adoption.api.StageMove;
import org.innovatorpassport.adoption.api.StageMoveView;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Directory;
import org.innovatorpassport.platform.api.Outbox;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.platform.api.Validity;

@ApplicationScoped
@Transactional
class JpaAdoptions implements Adoptions {

    @PersistenceContext(unitName = "adoption")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Directory directory;

    @Inject
    Products products;

    @Inject
    Boards boards;

    @Inject
    PassportStanding standing;

    @Inject
    Passports passports;

    @Inject
    AdoptionAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Override
    public AdoptionView start(AdoptionStart start) {
        Validity.require(validator, start);
        Caller trust = callers.required();
        if (!trust.hasRole(Roles.TRUST)) {
            throw Problem.forbidden("Only an NHS trust can take up a product.");
        }
        ProductView product = products.find(start.productId()).orElseThrow(() -> Problem.notFound("The product"));
        AdoptionRecord existing = em.createQuery("select a from AdoptionRecord a where a.trustId = :t and a.productId = :p",
                AdoptionRecord.class).setParameter("t", trust.organisationId()).setParameter("p", product.id())
                .getResultStream().findFirst().orElse(null);
        if (existing != null) {
            return view(trust, existing);
        }
        String ods = directory.organisation(trust.organisationId()).map(Directory.OrganisationView::odsCode).orElse(null);
        if (ods == null) {
            throw Problem.forbidden("Your trust has no ODS code on record; ask the platform administrator to add it.");
        }
        Instant now = clock.instant();
        AdoptionRecord adoption = new AdoptionRecord();
        adoption.id = UUID.randomUUID();
        adoption.trustId = trust.organisationId();
        adoption.trustOds = ods;
        adoption.trustName = trust.organisationName();
        adoption.productId = product.id();
        adoption.productName = product.details().name();
        adoption.productVersion = product.details().version();
        adoption.supplierId = product.supplierId();
        adoption.passportId = standing.of(product.id()).passportId();
        adoption.stage = AdoptionStage.INTEREST;
        adoption.createdAt = now;
        adoption.updatedAt = now;
        em.persist(adoption);
        em.persist(StageMoveRecord.of(adoption.id, null, AdoptionStage.INTEREST, null, trust.displayName(), now));
        em.flush();
        audit.record("adoption.started", "adoption", adoption.id, trust.organisationName() + " is interested in "
                + adoption.productName + " " + adoption.productVersion);
        return view(trust, adoption);
    }

    @Override
    public List<AdoptionView> visible() {
        Caller caller = callers.required();
        List<AdoptionRecord> found;
        if (caller.hasRole(Roles.ADMIN)) {
            found = em.createQuery("select a from AdoptionRecord a order by a.updatedAt desc", AdoptionRecord.class).getResultList();
        } else if (caller.hasRole(Roles.TRUST)) {
            found = em.createQuery("select a from AdoptionRecord a where a.trustId = :o order by a.updatedAt desc", AdoptionRecord.class)
                    .setParameter("o", caller.organisationId()).getResultList();
        } else if (caller.hasRole(Roles.SUPPLIER)) {
            found = em.createQuery("select a from AdoptionRecord a where a.supplierId = :o order by a.updatedAt desc", AdoptionRecord.class)
                    .setParameter("o", caller.organisationId()).getResultList();
        } else if (caller.hasRole(Roles.BOARD)) {
            Set<String> trusts = boards.trustsSeenBy(caller.userId());
            found = trusts.isEmpty() ? List.of() : em.createQuery("select a from AdoptionRecord a where a.trustOds in :t "
                    + "order by a.trustName, a.productName", AdoptionRecord.class).setParameter("t", trusts).getResultList();
        } else {
            throw Problem.forbidden("Adoption pipelines are for trusts, boards and the suppliers of the products.");
        }
        Map<UUID, List<StageMoveView>> moves = moves(found.stream().map(a -> a.id).toList());
        // lists show no next moves: asking the assurance module once per row is what the single view is for
        return found.stream().map(a -> a.view(moves.getOrDefault(a.id, List.of()), List.of())).toList();
    }

    @Override
    public AdoptionView get(UUID adoptionId) {
        Caller caller = callers.required();
        AdoptionRecord adoption = em.find(AdoptionRecord.class, adoptionId);
        access.requireSees(caller, adoption);
        return view(caller, adoption);
    }

    @Override
    public AdoptionView move(UUID adoptionId, StageMove move, long revision) {
        Validity.require(validator, move);
        Caller caller = callers.required();
        AdoptionRecord adoption = em.find(AdoptionRecord.class, adoptionId);
        access.requireManages(caller, adoption);
        if (adoption.version != revision) {
            throw Problem.conflict("Someone else moved this adoption at the same time. Check where it stands and try again.");
        }
        String reason = move.reason() == null || move.reason().isBlank() ? null : move.reason().strip();
        if (move.to() == AdoptionStage.STOPPED && reason == null) {
            throw Problem.invalid("reason", "Enter why the trust is stopping");
        }
        PassportStanding.Standing passport = standing.of(adoption.productId);
        NextStage next = next(adoption, passport).stream().filter(n -> n.stage() == move.to()).findFirst()
                .orElseThrow(() -> new Problem(409, "stage-not-allowed", "This move is not allowed",
                        "An adoption at " + adoption.stage.label().toLowerCase() + " cannot move to "
                                + move.to().label().toLowerCase() + "."));
        if (!next.allowed()) {
            throw new Problem(409, "stage-blocked", "This move is not allowed yet", next.blockedBecause());
        }
        AdoptionStage from = adoption.stage;
        Instant now = clock.instant();
        adoption.stage = move.to();
        adoption.stopReason = move.to() == AdoptionStage.STOPPED ? reason : null;
        if (passport.passportId() != null) {
            adoption.passportId = passport.passportId();
        }
        adoption.updatedAt = now;
        em.persist(StageMoveRecord.of(adoption.id, from, move.to(), reason, caller.displayName(), now));
        em.flush();
        // the catalogue counts the trusts that have adopted a product, and their regions
        outbox.publish(ProductTrusts.CHANGED_TOPIC, adoption.productId.toString());
        audit.record("adoption.moved", "adoption", adoption.id, adoption.trustName + " moved " + adoption.productName + " "
                + adoption.productVersion + " from " + from.label() + " to " + move.to().label() + (reason == null ? "" : ": " + reason));
        return view(caller, adoption);
    }

    @Override
    public AdoptionView carryOver(UUID adoptionId) {
        Caller caller = callers.required();
        AdoptionRecord adoption = em.find(AdoptionRecord.class, adoptionId);
        access.requireManages(caller, adoption);
        if (adoption.passportId == null) {
            throw new Problem(409, "no-renewal", "There is no passport to carry over from",
                    "This adoption does not rely on a passport yet: rely on the product's passport first.");
        }
        Optional<PassportView> latest = passports.ofProduct(adoption.productId);
        if (latest.isPresent() && latest.get().id().equals(adoption.passportId)) {
            return view(caller, adoption);
        }
        PassportView renewal = standing.renewalOf(adoption.productId, adoption.passportId)
                .orElseThrow(() -> new Problem(409, "no-renewal", "There is no renewed passport to carry over to",
                        "No reliable passport renews the one this adoption relies on."));
        standing.rely(renewal.id());
        UUID previous = adoption.passportId;
        Instant now = clock.instant();
        adoption.passportId = renewal.id();
        adoption.flagReason = null;
        adoption.flaggedAt = null;
        adoption.updatedAt = now;
        // the stage stays: a move to the same stage is the history's record of the carry-over
        em.persist(StageMoveRecord.of(adoption.id, adoption.stage, adoption.stage, "Carried over to renewed passport " + renewal.code(),
                caller.displayName(), now));
        em.createNativeQuery("update adoption.notification set read_at = ?1 where adoption_id = ?2 and recipient_id = ?3 "
                        + "and passport_id = ?4 and kind = ?5 and read_at is null").setParameter(1, java.sql.Timestamp.from(now))
                .setParameter(2, adoption.id).setParameter(3, adoption.trustId).setParameter(4, previous)
                .setParameter(5, NotificationView.RENEWED).executeUpdate();
        em.flush();
        audit.record("adoption.carried-over", "adoption", adoption.id, adoption.trustName + " carried " + adoption.productName + " "
                + adoption.productVersion + " over to renewed passport " + renewal.code());
        return view(caller, adoption);
    }

    private AdoptionView view(Caller caller, AdoptionRecord adoption) {
        List<NextStage> next = access.manages(caller, adoption) ? next(adoption, standing.of(adoption.productId)) : List.of();
        return adoption.view(moves(List.of(adoption.id)).getOrDefault(adoption.id, List.of()), next);
    }

    private List<NextStage> next(AdoptionRecord adoption, PassportStanding.Standing passport) {
        SafetyRecordEntity record = em.find(SafetyRecordEntity.class, adoption.id);
        return PipelineRules.next(adoption.stage, passport.problem(), record != null && record.signedOffAt != null);
    }

    private Map<UUID, List<StageMoveView>> moves(List<UUID> adoptionIds) {
        if (adoptionIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from StageMoveRecord m where m.adoptionId in :ids order by m.movedAt", StageMoveRecord.class)
                .setParameter("ids", adoptionIds).getResultStream()
                .collect(Collectors.groupingBy(m -> m.adoptionId, Collectors.mapping(StageMoveRecord::view, Collectors.toList())));
    }
}
