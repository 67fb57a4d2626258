package org.innovatorpassport.adoption.internal.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.innovatorpassport.adoption.api.BoardView;
import org.innovatorpassport.adoption.api.Boards;
import org.innovatorpassport.adoption.api.DecisionEntry;
import org.innovatorpassport.adoption.api.DecisionView;
import org.innovatorpassport.adoption.api.ProgrammeDetails;
import org.innovatorpassport.adoption.api.ProgrammeStatus;
import org.innovatorpassport.adoption.api.ProgrammeView;
import org.innovatorpassport.adoption.api.Programmes;
import org.innovatorpassport.adoption.api.ShortlistView;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.platform.api.Validity;

@ApplicationScoped
@Transactional
class JpaProgrammes implements Programmes {

    @PersistenceContext(unitName = "adoption")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Boards boards;

    @Inject
    Products products;

    @Inject
    Passports passports;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Override
    public ProgrammeView create(UUID boardId, ProgrammeDetails details) {
        Validity.require(validator, details);
        Caller caller = member(boardId);
        if (details.endsOn().isBefore(details.startsOn())) {
            throw Problem.invalid("endsOn", "The end date must be on or after the start date");
        }
        BoardView board = boards.get(boardId);
        List<String> outside = details.trusts().stream().filter(t -> !board.trusts().contains(t)).toList();
        if (!outside.isEmpty()) {
            throw Problem.invalid("trusts", "Only member trusts of the board can be in scope: " + String.join(", ", outside) + " is not one");
        }
        ProgrammeRecord programme = new ProgrammeRecord();
        programme.id = UUID.randomUUID();
        programme.boardId = boardId;
        programme.title = details.title().strip();
        programme.problem = details.problem().strip();
        programme.targetOutcome = details.targetOutcome().strip();
        programme.budgetPence = details.budgetPence();
        programme.startsOn = details.startsOn();
        programme.endsOn = details.endsOn();
        programme.status = ProgrammeStatus.PLANNED;
        programme.createdAt = clock.instant();
        em.persist(programme);
        em.flush();
        for (String ods : details.trusts().stream().distinct().toList()) {
            em.createNativeQuery("insert into adoption.programme_trust (programme_id, ods_code) values (?1, ?2)")
                    .setParameter(1, programme.id).setParameter(2, ods).executeUpdate();
        }
        audit.record("programme.created", "programme", programme.id, programme.title + " by " + caller.displayName());
        return view(programme);
    }

    @Override
    public List<ProgrammeView> ofBoard(UUID boardId) {
        reader(boardId);
        return em.createQuery("select p from ProgrammeRecord p where p.boardId = :b order by p.startsOn desc", ProgrammeRecord.class)
                .setParameter("b", boardId).getResultStream().map(this::view).toList();
    }

    @Override
    public ProgrammeView get(UUID programmeId) {
        ProgrammeRecord programme = find(programmeId);
        reader(programme.boardId);
        return view(programme);
    }

    @Override
    public ProgrammeView changeStatus(UUID programmeId, ProgrammeStatus status, long revision) {
        ProgrammeRecord programme = find(programmeId);
        member(programme.boardId);
        if (programme.version != revision) {
            throw Problem.conflict("Someone else changed this programme at the same time. Check it and try again.");
        }
        if (status == null || !programme.status.mayMoveTo(status)) {
            throw new Problem(409, "status-not-allowed", "This change is not allowed", "A " + programme.status.name().toLowerCase()
                    + " programme cannot become " + (status == null ? "nothing" : status.name().toLowerCase()) + ".");
        }
        ProgrammeStatus from = programme.status;
        programme.status = status;
        em.flush();
        audit.record("programme.status-changed", "programme", programmeId, from + " to " + status);
        return view(programme);
    }

    @Override
    public ProgrammeView shortlist(UUID programmeId, UUID productId) {
        ProgrammeRecord programme = find(programmeId);
        Caller caller = member(programme.boardId);
        if (productId == null) {
            throw Problem.invalid("productId", "Select the product");
        }
        ProductView product = products.find(productId).orElseThrow(() -> Problem.invalid("productId", "There is no such product"));
        Optional<PassportView> passport = passports.ofProduct(productId);
        boolean assured = passport.map(p -> p.status().reliable()).orElse(false);
        String assurance = assured ? "Assured: passport " + passport.get().code()
                : passport.map(p -> "Not assured now: passport " + p.code() + " is " + p.status().name().toLowerCase())
                .orElse("In assurance: no passport yet");
        int added = em.createNativeQuery("insert into adoption.shortlist_entry (programme_id, product_id, product_name, assurance, "
                        + "added_by, added_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing")
                .setParameter(1, programmeId).setParameter(2, productId)
                .setParameter(3, product.details().name() + " " + product.details().version()).setParameter(4, assurance)
                .setParameter(5, caller.displayName()).setParameter(6, Timestamp.from(clock.instant())).executeUpdate();
        if (added > 0) {
            audit.record("programme.shortlisted", "programme", programmeId, product.details().name() + " " + product.details().version()
                    + " (" + assurance + ")");
        }
        return view(programme);
    }

    @Override
    public ProgrammeView decide(UUID programmeId, DecisionEntry decision) {
        Validity.require(validator, decision);
        ProgrammeRecord programme = find(programmeId);
        Caller caller = member(programme.boardId);
        boolean shortlisted = ((Number) em.createNativeQuery("select count(*) from adoption.shortlist_entry where programme_id = ?1 "
                + "and product_id = ?2").setParameter(1, programmeId).setParameter(2, decision.productId()).getSingleResult()).longValue() > 0;
        if (!shortlisted) {
            throw Problem.invalid("productId", "Shortlist the product before deciding about it");
        }
        DecisionRecord record = new DecisionRecord();
        record.id = UUID.randomUUID();
        record.programmeId = programmeId;
        record.productId = decision.productId();
        record.outcome = decision.outcome();
        record.rationale = decision.rationale().strip();
        record.decidedOn = decision.decidedOn();
        record.voters = String.join("\n", decision.voters().stream().map(String::strip).toList());
        record.recordedBy = caller.displayName();
        record.recordedAt = clock.instant();
        List<DecisionRecord> current = em.createQuery("select d from DecisionRecord d where d.programmeId = :p and d.productId = :x "
                + "and d.supersededBy is null", DecisionRecord.class).setParameter("p", programmeId)
                .setParameter("x", decision.productId()).getResultList();
        em.persist(record);
        em.flush();
        // the old decision keeps every word; it only learns which decision replaced it
        current.forEach(old -> old.supersededBy = record.id);
        em.flush();
        audit.record("programme.decided", "programme", programmeId, decision.outcome().label() + " for product "
                + decision.productId() + (current.isEmpty() ? "" : ", superseding " + current.get(0).id));
        return view(programme);
    }

    private ProgrammeRecord find(UUID programmeId) {
        ProgrammeRecord programme = em.find(ProgrammeRecord.class, programmeId);
        if (programme == null) {
            throw Problem.notFound("The programme");
        }
        return programme;
    }

    private Caller reader(UUID boardId) {
        Caller caller = callers.required();
        if (!(caller.hasRole(Roles.ADMIN) || boards.sitsOn(caller.userId(), boardId))) {
            throw Problem.notFound("The board");
        }
        return caller;
    }

    private Caller member(UUID boardId) {
        Caller caller = callers.required();
        if (!boards.sitsOn(caller.userId(), boardId)) {
            throw caller.hasRole(Roles.ADMIN) ? Problem.forbidden("Only the board's members run its programmes.") : Problem.notFound("The board");
        }
        return caller;
    }

    @SuppressWarnings("unchecked")
    private ProgrammeView view(ProgrammeRecord p) {
        List<String> trusts = em.createNativeQuery("select ods_code from adoption.programme_trust where programme_id = ?1 order by ods_code")
                .setParameter(1, p.id).getResultList();
        List<Object[]> rows = em.createNativeQuery("select product_id, product_name, assurance, added_by, added_at "
                + "from adoption.shortlist_entry where programme_id = ?1 order by added_at").setParameter(1, p.id).getResultList();
        Map<UUID, ShortlistView> shortlist = new LinkedHashMap<>();
        for (Object[] r : rows) {
            String assurance = (String) r[2];
            shortlist.put((UUID) r[0], new ShortlistView((UUID) r[0], (String) r[1], assurance.startsWith("Assured"), assurance,
                    (String) r[3], instant(r[4])));
        }
        List<DecisionView> decisions = em.createQuery("select d from DecisionRecord d where d.programmeId = :p order by d.recordedAt desc",
                DecisionRecord.class).setParameter("p", p.id).getResultStream().map(DecisionRecord::view).toList();
        return new ProgrammeView(p.id, p.boardId, p.title, p.problem, p.targetOutcome, p.budgetPence, p.startsOn, p.endsOn, p.status,
                trusts, List.copyOf(shortlist.values()), decisions, p.version);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        return ((java.time.OffsetDateTime) value).toInstant();
    }
}
