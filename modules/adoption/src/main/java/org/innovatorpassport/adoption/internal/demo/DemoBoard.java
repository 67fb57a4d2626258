package org.innovatorpassport.adoption.internal.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovatorpassport.adoption.api.AdoptionStage;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.SchemaReady;

/**
 * The Thames Valley board with the three demo trusts and its board member, a running programme with
 * BreatheWell shortlisted and approved, and the trusts at different stages: Reading has adopted it
 * (DCB0160 signed off), Oxford is piloting, Buckinghamshire is evaluating. Reading and Oxford rely on
 * the BreatheWell passport (the demo catalogue records those reliances), so the adoption passes the
 * same gate a real one does and the dashboard counts the assessments they avoided. Loaded after the demo
 * passport, once: a board that exists is left alone. Written as rows, as seed data is, so the demo
 * needs no signed-in caller; the pipelines' gates apply from the first real move on.
 */
@ApplicationScoped
class DemoBoard {
    static final UUID BOARD = UUID.fromString("00000000-0000-4000-8000-00000000a001");
    static final UUID PROGRAMME = UUID.fromString("00000000-0000-4000-8000-00000000a101");
    static final UUID SUPPLIER = UUID.fromString("00000000-0000-4000-8000-000000000101");
    static final UUID BOARD_MEMBER = UUID.fromString("00000000-0000-4000-8000-000000001401");
    private static final Logger LOG = Logger.getLogger(DemoBoard.class.getName());

    private record Trust(UUID id, String ods, String name, AdoptionStage stage, int daysAgo) {
    }

    private static final List<Trust> TRUSTS = List.of(
            new Trust(UUID.fromString("00000000-0000-4000-8000-000000000301"), "RHW", "Royal Berkshire NHS Foundation Trust",
                    AdoptionStage.ADOPTED, 150),
            new Trust(UUID.fromString("00000000-0000-4000-8000-000000000302"), "RTH", "Oxford University Hospitals NHS Foundation Trust",
                    AdoptionStage.PILOTING, 90),
            new Trust(UUID.fromString("00000000-0000-4000-8000-000000000303"), "RXQ", "Buckinghamshire Healthcare NHS Trust",
                    AdoptionStage.EVALUATING, 30));

    @Inject
    @ConfigProperty(name = "PASSPORT_DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @PersistenceContext(unitName = "adoption")
    EntityManager em;

    @Inject
    Products products;

    @Inject
    Passports passports;

    @Inject
    Clock clock;

    @Inject
    org.innovatorpassport.platform.api.Outbox outbox;

    @Transactional
    void load(@Observes @Priority(4000) SchemaReady ready) {
        if (!enabled || em.createNativeQuery("select 1 from adoption.board where id = ?1").setParameter(1, BOARD).getResultList().size() > 0) {
            return;
        }
        Optional<ProductView> breatheWell = products.ofSupplier(SUPPLIER).stream()
                .filter(p -> p.details().name().equals("BreatheWell")).findFirst();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        sql("insert into adoption.board (id, name, region, created_at, version) values (?1, ?2, ?3, ?4, 0)",
                BOARD, "Thames Valley Regional Innovation Board", "Thames Valley", ts(now));
        for (Trust trust : TRUSTS) {
            sql("insert into adoption.board_trust (board_id, ods_code) values (?1, ?2)", BOARD, trust.ods());
        }
        sql("insert into adoption.board_member (board_id, user_id, display_name) values (?1, ?2, ?3)", BOARD, BOARD_MEMBER, "Bo Board");
        sql("insert into adoption.programme (id, board_id, title, problem, target_outcome, budget_pence, starts_on, ends_on, status, "
                        + "created_at, version) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'RUNNING', ?9, 0)", PROGRAMME, BOARD,
                "Asthma self-management at scale",
                "Adults with asthma across the Thames Valley have avoidable exacerbations and emergency admissions.",
                "Every member trust offers digital asthma self-management; 20% fewer asthma admissions in two years.",
                25_000_000L, Date.valueOf(today.minusMonths(6)), Date.valueOf(today.plusMonths(18)), ts(now));
        for (Trust trust : TRUSTS) {
            sql("insert into adoption.programme_trust (programme_id, ods_code) values (?1, ?2)", PROGRAMME, trust.ods());
        }
        if (breatheWell.isEmpty()) {
            LOG.info("demo board in place, without pipelines: the demo product is missing");
            return;
        }
        ProductView product = breatheWell.get();
        Optional<PassportView> passport = passports.ofProduct(product.id());
        String name = product.details().name() + " " + product.details().version();
        sql("insert into adoption.shortlist_entry (programme_id, product_id, product_name, assurance, added_by, added_at) "
                + "values (?1, ?2, ?3, ?4, 'Bo Board', ?5)", PROGRAMME, product.id(), name,
                passport.map(p -> "Assured: passport " + p.code()).orElse("In assurance: no passport yet"), ts(now.minus(Duration.ofDays(160))));
        sql("insert into adoption.board_decision (id, programme_id, product_id, outcome, rationale, decided_on, voters, recorded_by, "
                        + "recorded_at, version) values (?1, ?2, ?3, 'APPROVE_FOR_SCALE_UP', ?4, ?5, ?6, 'Bo Board', ?7, 0)",
                UUID.randomUUID(), PROGRAMME, product.id(),
                "Assured once through its passport; Reading's pilot cut asthma reviews missed by a third.",
                Date.valueOf(today.minusDays(100)), "Bo Board\nDr Priya Shah\nMark Allen", ts(now.minus(Duration.ofDays(100))));
        for (Trust trust : TRUSTS) {
            adoption(trust, product, passport.map(PassportView::id).orElse(null), now);
        }
        outbox.publish(org.innovatorpassport.adoption.api.ProductTrusts.CHANGED_TOPIC, product.id().toString());
        LOG.info("demo board, programme and pipelines are in place");
    }

    private void adoption(Trust trust, ProductView product, UUID passportId, Instant now) {
        UUID id = UUID.randomUUID();
        Instant started = now.minus(Duration.ofDays(trust.daysAgo()));
        sql("insert into adoption.adoption (id, trust_id, trust_ods, trust_name, product_id, product_name, product_version, supplier_id, "
                        + "passport_id, stage, created_at, updated_at, version) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0)",
                id, trust.id(), trust.ods(), trust.name(), product.id(), product.details().name(), product.details().version(),
                product.supplierId(), passportId, trust.stage().name(), ts(started), ts(now));
        AdoptionStage from = null;
        Instant at = started;
        for (AdoptionStage stage : List.of(AdoptionStage.INTEREST, AdoptionStage.EVALUATING, AdoptionStage.LOCAL_ASSURANCE,
                AdoptionStage.PILOTING, AdoptionStage.ADOPTED)) {
            if (stage.ordinal() > trust.stage().ordinal()) {
                break;
            }
            sql("insert into adoption.stage_move (id, adoption_id, from_stage, to_stage, moved_by, moved_at) values (?1, ?2, ?3, ?4, ?5, ?6)",
                    UUID.randomUUID(), id, from == null ? null : from.name(), stage.name(), "Demo data", ts(at));
            from = stage;
            at = at.plus(Duration.ofDays(trust.daysAgo() / 6));
        }
        if (trust.stage().ordinal() >= AdoptionStage.LOCAL_ASSURANCE.ordinal()) {
            boolean signed = trust.stage() == AdoptionStage.ADOPTED;
            sql("insert into adoption.safety_record (adoption_id, cso_name, cso_body, cso_registration, safety_case_summary, signed_off_by, "
                            + "signed_off_at, version) values (?1, ?2, 'GMC', ?3, ?4, ?5, ?6, 0)", id,
                    signed ? "Dr Helen Carter" : "Dr Tom Okafor", signed ? "4567123" : "7012345",
                    "Builds on the supplier's DCB0129 safety case; local hazards cover NHS login set-up, GP record sharing and ward training.",
                    signed ? "Dr Helen Carter" : null, signed ? ts(at) : null);
            sql("insert into adoption.hazard (id, adoption_id, hazard, cause, effect, existing_controls, added_controls, severity, likelihood, "
                            + "owner, status, recorded_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 3, 2, 'Respiratory nurse lead', ?8, ?9)",
                    UUID.randomUUID(), id, "Symptom diary not seen by the GP practice",
                    "Sharing with the practice not switched on during set-up", "Worsening asthma noticed late",
                    "Supplier's set-up checklist (DCB0129 hazard H-12)", "Local set-up check signed by the respiratory nurse lead",
                    signed ? "CLOSED" : "MITIGATED", ts(at));
        }
    }

    private void sql(String statement, Object... values) {
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        query.executeUpdate();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
