package org.innovatorpassport.adoption.internal.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.adoption.api.HazardEntry;
import org.innovatorpassport.adoption.api.HazardView;
import org.innovatorpassport.adoption.api.LocalAssurance;
import org.innovatorpassport.adoption.api.SafetyCaseDetails;
import org.innovatorpassport.adoption.api.SafetyRecordView;
import org.innovatorpassport.assurance.api.PassportEvidence;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Validity;

@ApplicationScoped
@Transactional
class JpaLocalAssurance implements LocalAssurance {
    /** The evidence types that make up the supplier's DCB0129 case. */
    static final Set<String> DCB0129_EVIDENCE = Set.of("CLINICAL_SAFETY_CASE_REPORT", "HAZARD_LOG", "CLINICAL_RISK_MANAGEMENT_PLAN");

    @PersistenceContext(unitName = "adoption")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AdoptionAccess access;

    @Inject
    Passports passports;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Inject
    java.time.Clock clock;

    @Override
    public SafetyRecordView record(UUID adoptionId) {
        Caller caller = callers.required();
        AdoptionRecord adoption = em.find(AdoptionRecord.class, adoptionId);
        access.requireSees(caller, adoption);
        return view(caller, adoption, em.find(SafetyRecordEntity.class, adoptionId));
    }

    @Override
    public SafetyRecordView describe(UUID adoptionId, SafetyCaseDetails details) {
        Validity.require(validator, details);
        Caller caller = callers.required();
        AdoptionRecord adoption = em.find(AdoptionRecord.class, adoptionId);
        SafetyRecordEntity record = changeable(caller, adoption);
        record.officerName = details.officerName().strip();
        record.professionalBody = details.professionalBody().strip();
        record.registrationNumber = details.registrationNumber().strip();
        record.safetyCaseSummary = details.safetyCaseSummary().strip();
        em.flush();
        audit.record("dcb0160.described", "adoption", adoptionId, "Clinical Safety Officer " + record.officerName + " ("
                + record.professionalBody + " " + record.registrationNumber + ") and safety case summary recorded");
        return view(caller, adoption, record);
    }

    @Override
    public SafetyRecordView addHazard(UUID adoptionId, HazardEntry hazard) {
        Validity.require(validator, hazard);
        Caller caller = callers.required();
        AdoptionRecord adoption = em.find(AdoptionRecord.class, adoptionId);
        SafetyRecordEntity record = changeable(caller, adoption);
        HazardRecord entry = HazardRecord.of(adoptionId, hazard, clock.instant());
        em.persist(entry);
        em.flush();
        audit.record("dcb0160.hazard-added", "adoption", adoptionId, "hazard \"" + entry.hazard + "\" rated "
                + entry.view().rating());
        return view(caller, adoption, record);
    }

    @Override
    public SafetyRecordView reviseHazard(UUID adoptionId, UUID hazardId, HazardEntry hazard) {
        Validity.require(validator, hazard);
        Caller caller = callers.required();
        AdoptionRecord adoption = em.find(AdoptionRecord.class, adoptionId);
        SafetyRecordEntity record = changeable(caller, adoption);
        HazardRecord entry = em.find(HazardRecord.class, hazardId);
        if (entry == null || !entry.adoptionId.equals(adoptionId)) {
            throw Problem.notFound("The hazard");
        }
        int before = entry.view().rating();
        entry.revise(hazard);
        em.flush();
        audit.record("dcb0160.hazard-revised", "adoption", adoptionId, "hazard \"" + entry.hazard + "\" rated " + before + " now "
                + entry.view().rating() + ", " + entry.status.name().toLowerCase());
        return view(caller, adoption, record);
    }

    @Override
    public SafetyRecordView signOff(UUID adoptionId) {
        Caller caller = callers.required();
        AdoptionRecord adoption = em.find(AdoptionRecord.class, adoptionId);
        SafetyRecordEntity record = changeable(caller, adoption);
        List<String> blockers = PipelineRules.signOffBlockers(record.officerName, record.registrationNumber,
                record.safetyCaseSummary, hazards(adoptionId));
        if (!blockers.isEmpty()) {
            throw new Problem(409, "sign-off-blocked", "The record cannot be signed off yet", String.join(" ", blockers));
        }
        record.signedOffBy = caller.displayName();
        record.signedOffAt = clock.instant();
        em.flush();
        audit.record("dcb0160.signed-off", "adoption", adoptionId, "DCB0160 record for " + adoption.productName + " "
                + adoption.productVersion + " signed off by " + caller.displayName());
        return view(caller, adoption, record);
    }

    @Override
    public boolean signedOff(UUID adoptionId) {
        SafetyRecordEntity record = em.find(SafetyRecordEntity.class, adoptionId);
        return record != null && record.signedOffAt != null;
    }

    /** The trust's own record, created on its first change; a signed-off record is kept as signed. */
    private SafetyRecordEntity changeable(Caller caller, AdoptionRecord adoption) {
        access.requireManages(caller, adoption);
        SafetyRecordEntity record = em.find(SafetyRecordEntity.class, adoption.id);
        if (record == null) {
            record = new SafetyRecordEntity();
            record.adoptionId = adoption.id;
            em.persist(record);
        }
        if (record.signedOffAt != null) {
            throw Problem.conflict("This DCB0160 record is signed off and is kept as it was signed.");
        }
        return record;
    }

    private List<HazardView> hazards(UUID adoptionId) {
        return em.createQuery("select h from HazardRecord h where h.adoptionId = :a order by h.recordedAt", HazardRecord.class)
                .setParameter("a", adoptionId).getResultStream().map(HazardRecord::view).toList();
    }

    private SafetyRecordView view(Caller caller, AdoptionRecord adoption, SafetyRecordEntity record) {
        List<HazardView> hazards = hazards(adoption.id);
        Optional<PassportView> passport = adoption.passportId != null
                ? Optional.of(passports.get(adoption.passportId)) : passports.ofProduct(adoption.productId);
        List<PassportEvidence> dcb0129 = passport.map(p -> p.evidence().stream()
                .filter(e -> DCB0129_EVIDENCE.contains(e.type())).toList()).orElse(List.of());
        SafetyRecordEntity r = record == null ? new SafetyRecordEntity() : record;
        return new SafetyRecordView(adoption.id, adoption.productName, adoption.productVersion, adoption.trustName,
                r.officerName, r.professionalBody, r.registrationNumber, r.safetyCaseSummary, hazards, r.signedOffBy, r.signedOffAt,
                dcb0129, passport.map(PassportView::code).orElse(null),
                PipelineRules.signOffBlockers(r.officerName, r.registrationNumber, r.safetyCaseSummary, hazards),
                access.manages(caller, adoption) && r.signedOffAt == null);
    }
}
