package org.innovatorpassport.assurance.internal.evidence;

import org.innovatorpassport.platform.api.Validity;
import jakarta.validation.Validator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.innovatorpassport.assurance.api.Evidence;
import org.innovatorpassport.assurance.api.EvidenceFile;
import org.innovatorpassport.assurance.api.EvidenceMatch;
import org.innovatorpassport.assurance.api.EvidenceUpload;
import org.innovatorpassport.assurance.api.EvidenceView;
import org.innovatorpassport.assurance.api.LibraryEntry;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.templates.api.EvidenceType;
import org.innovatorpassport.templates.api.Templates;

/**
 * Evidence documents in PostgreSQL. The upload is inspected before the transaction that stores it,
 * so a refused file leaves nothing behind and a slow parse holds no locks.
 */
@ApplicationScoped
class StoredEvidence implements Evidence {

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    EvidenceContent content;

    @Inject
    EvidenceInspection inspection;

    @Inject
    EvidenceWriter writer;

    @Inject
    SubmissionsHoldingEvidence access;

    @Inject
    SubmissionDocuments documents;


    @Inject
    Templates templates;

    @Inject
    Products products;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.NEVER)
    public EvidenceView attach(UUID submissionId, EvidenceUpload details, String fileName, InputStream content) {
        return store(submissionId, null, details, fileName, content);
    }

    @Override
    @Transactional(Transactional.TxType.NEVER)
    public EvidenceView replace(UUID submissionId, UUID evidenceId, EvidenceUpload details, String fileName, InputStream content) {
        return store(submissionId, evidenceId, details, fileName, content);
    }

    private EvidenceView store(UUID submissionId, UUID replacing, EvidenceUpload details, String fileName, InputStream content) {
        Validity.require(validator, details);
        access.editableBySupplier(submissionId);
        LocalDate expiresOn = expiry(details);
        InspectedPdf pdf = inspection.inspect(content);
        try {
            return writer.write(submissionId, replacing, details, expiresOn, safeName(fileName), pdf);
        } finally {
            try {
                Files.deleteIfExists(pdf.file());
            } catch (IOException ignored) {
                // a temp file left behind is swept with the temp folder
            }
        }
    }

    @Override
    @Transactional
    public List<EvidenceView> ofSubmission(UUID submissionId) {
        access.visible(submissionId);
        return documents.current(submissionId).stream().map(d -> documents.view(d, today())).toList();
    }

    @Override
    @Transactional(Transactional.TxType.NEVER)
    public EvidenceView addToLibrary(EvidenceUpload details, String fileName, InputStream content) {
        Validity.require(validator, details);
        Caller caller = callers.required();
        if (!caller.hasRole(Roles.SUPPLIER)) {
            throw Problem.forbidden("Only a supplier has an evidence library.");
        }
        if (!documents.organisation(details.type())) {
            throw Problem.invalid("type", "The library holds evidence about the organisation ("
                    + String.join(", ", organisationTypes()) + "); attach product evidence to a submission");
        }
        LocalDate expiresOn = expiry(details);
        InspectedPdf pdf = inspection.inspect(content);
        try {
            return writer.writeToLibrary(caller.organisationId(), details, expiresOn, safeName(fileName), pdf);
        } finally {
            try {
                Files.deleteIfExists(pdf.file());
            } catch (IOException ignored) {
                // a temp file left behind is swept with the temp folder
            }
        }
    }

    @Override
    @Transactional
    public List<LibraryEntry> library() {
        Caller caller = callers.required();
        if (!caller.hasRole(Roles.SUPPLIER)) {
            throw Problem.forbidden("Only a supplier has an evidence library.");
        }
        UUID supplierId = caller.organisationId();
        @SuppressWarnings("unchecked")
        List<Object[]> submissions = em.createNativeQuery("select distinct product_id, template_id, template_version "
                + "from assurance.submission where supplier_id = ?1").setParameter(1, supplierId).getResultList();
        List<LibraryEntry> entries = new ArrayList<>();
        for (EvidenceDocument document : documents.library(supplierId)) {
            Set<String> products = new TreeSet<>();
            for (Object[] s : submissions) {
                boolean asks = templates.find((String) s[1], (String) s[2]).stream().flatMap(t -> t.criteria().stream())
                        .anyMatch(c -> c.evidence().stream().anyMatch(r -> r.evidenceType().equals(document.evidenceType)));
                if (asks) {
                    this.products.find((UUID) s[0]).ifPresent(p -> products.add(p.details().name() + " " + p.details().version()));
                }
            }
            @SuppressWarnings("unchecked")
            List<Object[]> covering = em.createNativeQuery("select p.code, p.status, p.product_name, p.product_version "
                    + "from assurance.passport_evidence pe join assurance.passport p on p.id = pe.passport_id "
                    + "where pe.evidence_id = ?1 order by p.code").setParameter(1, document.id).getResultList();
            List<String> passports = covering.stream().map(p -> p[0] + " (" + p[2] + " " + p[3] + ", "
                    + String.valueOf(p[1]).toLowerCase() + ")").toList();
            String title = templates.evidenceType(document.evidenceType).map(EvidenceType::title).orElse(document.evidenceType);
            entries.add(new LibraryEntry(title, documents.view(document, today()), List.copyOf(products), passports));
        }
        return entries;
    }

    private List<String> organisationTypes() {
        return templates.evidenceTypes().values().stream().filter(EvidenceType::organisation).map(EvidenceType::title).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    @Override
    @Transactional
    public EvidenceView get(UUID evidenceId) {
        EvidenceDocument document = visible(evidenceId);
        Caller caller = callers.required();
        if (!caller.actsFor(document.supplierId)) {
            audit.record("evidence.viewed", "evidence", evidenceId, document.evidenceType + " viewed by " + caller.organisationName());
        }
        return documents.view(document, today());
    }

    @Override
    @Transactional
    public EvidenceFile download(UUID evidenceId) {
        EvidenceDocument document = visible(evidenceId);
        Caller caller = callers.required();
        audit.record("evidence.downloaded", "evidence", evidenceId, document.evidenceType + " " + document.fileName
                + " downloaded by " + caller.organisationName());
        long size = document.sizeBytes;
        return new EvidenceFile(document.fileName, size, out -> content.copy(evidenceId, size, out));
    }

    @Override
    @Transactional
    public List<EvidenceMatch> search(UUID submissionId, String text) {
        access.visible(submissionId);
        return content.search(submissionId, text.trim());
    }

    /**
     * The owning supplier sees its documents; an assessor those of submitted work; a trust or board
     * those a passport covers. Anyone else is told there is no such document.
     */
    private EvidenceDocument visible(UUID evidenceId) {
        EvidenceDocument document = em.find(EvidenceDocument.class, evidenceId);
        Caller caller = callers.required();
        boolean allowed = document != null && (caller.hasRole(Roles.SUPPLIER) ? caller.actsFor(document.supplierId)
                : caller.hasRole(Roles.ASSESSOR) ? linkedToSubmitted(evidenceId) || coveredByPassport(evidenceId)
                : (caller.hasRole(Roles.TRUST) || caller.hasRole(Roles.BOARD)) && coveredByPassport(evidenceId));
        if (!allowed) {
            throw Problem.notFound("Evidence " + evidenceId);
        }
        return document;
    }

    /** Attached to a submitted submission, or in the library of a supplier with one. */
    private boolean linkedToSubmitted(UUID evidenceId) {
        return ((Number) em.createNativeQuery("select count(*) from assurance.submission_evidence l join assurance.submission s "
                + "on s.id = l.submission_id where l.evidence_id = ?1 and s.status <> 'DRAFT'")
                .setParameter(1, evidenceId).getSingleResult()).longValue() > 0
                || ((Number) em.createNativeQuery("select count(*) from assurance.evidence_library i join assurance.submission s "
                + "on s.supplier_id = i.supplier_id where i.evidence_id = ?1 and s.status <> 'DRAFT'")
                .setParameter(1, evidenceId).getSingleResult()).longValue() > 0;
    }

    private boolean coveredByPassport(UUID evidenceId) {
        return ((Number) em.createNativeQuery("select count(*) from assurance.passport_evidence where evidence_id = ?1")
                .setParameter(1, evidenceId).getSingleResult()).longValue() > 0;
    }

    private LocalDate expiry(EvidenceUpload details) {
        EvidenceType type = templates.evidenceType(details.type())
                .orElseThrow(() -> Problem.invalid("type", "Choose one of the evidence types"));
        if (details.issuedOn() == null) {
            throw Problem.invalid("issuedOn", "Enter the date the document was issued");
        }
        if (details.issuedOn().isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            throw Problem.invalid("issuedOn", "The issue date must be today or in the past");
        }
        if (type.expiry().kind() == org.innovatorpassport.templates.api.ExpiryKind.AS_STATED && details.statedExpiry() == null) {
            throw Problem.invalid("expiresOn", "Enter the expiry date shown on the " + type.title());
        }
        LocalDate expiresOn = type.expiryFor(details.issuedOn(), details.statedExpiry()).orElse(null);
        if (expiresOn != null && expiresOn.isBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            throw Problem.invalid("issuedOn", "This " + type.title() + " expired on " + expiresOn + "; upload a current one");
        }
        return expiresOn;
    }

    private static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "evidence.pdf" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").trim();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

}
