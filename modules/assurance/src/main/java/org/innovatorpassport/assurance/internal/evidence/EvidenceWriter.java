package org.innovatorpassport.assurance.internal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.innovatorpassport.assurance.api.EvidenceUpload;
import org.innovatorpassport.assurance.api.EvidenceView;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Outbox;
import org.innovatorpassport.platform.api.Problem;

/** Stores an inspected document in one transaction: its description, its bytes and its place in the submission. */
@ApplicationScoped
class EvidenceWriter {

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    EvidenceContent content;

    @Inject
    SubmissionsHoldingEvidence submissions;

    @Inject
    SubmissionDocuments documents;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * Stores a document uploaded to a submission. A document about the organisation goes to the
     * supplier's library instead of the submission, as a new version of the library's document of
     * its type when there is one, so that every submission of every product uses it.
     */
    @Transactional
    public EvidenceView write(UUID submissionId, UUID replacing, EvidenceUpload details, LocalDate expiresOn, String fileName, InspectedPdf pdf) {
        UUID supplierId = submissions.editableBySupplier(submissionId);
        EvidenceDocument previous = null;
        if (replacing != null) {
            previous = documents.current(submissionId).stream().filter(d -> d.id.equals(replacing)).findFirst()
                    .orElseThrow(() -> Problem.notFound("Evidence " + replacing + " in this submission"));
            sameType(previous, details);
        }
        boolean organisation = documents.organisation(details.type());
        if (organisation) {
            lockLibrary(supplierId, details.type());
            EvidenceDocument current = inLibrary(supplierId, details.type()).orElse(null);
            if (previous != null && current != null && !current.id.equals(previous.id)) {
                throw Problem.conflict("Someone replaced this document in your evidence library at the same time. "
                        + "Reload and check before trying again.");
            }
            previous = previous == null ? current : previous;
        }
        EvidenceDocument document = store(supplierId, previous, details, expiresOn, fileName, pdf);
        if (previous != null) {
            SubmissionEvidence.Key key = new SubmissionEvidence.Key();
            key.submissionId = submissionId;
            key.evidenceId = previous.id;
            SubmissionEvidence link = em.find(SubmissionEvidence.class, key);
            if (link != null) {
                em.remove(link);
            } else if (!organisation) {
                throw Problem.notFound("Evidence " + replacing + " in this submission");
            }
        }
        if (organisation) {
            placeInLibrary(supplierId, document);
        }
        submissions.documentAttached(submissionId, document.evidenceType, document.uploadedAt);
        if (!organisation) {
            em.persist(SubmissionEvidence.link(submissionId, document.id, document.uploadedAt));
        }
        em.flush();
        audit.record(previous == null ? "evidence.uploaded" : "evidence.replaced", "submission", submissionId,
                document.evidenceType + " " + fileName + " sha256 " + document.sha256
                        + (previous == null ? "" : " replaces version " + previous.versionNumber)
                        + (organisation ? " in the organisation's evidence library" : ""));
        return documents.view(document, today());
    }

    /** Stores a document about the organisation straight into the caller's library. */
    @Transactional
    public EvidenceView writeToLibrary(UUID supplierId, EvidenceUpload details, LocalDate expiresOn, String fileName, InspectedPdf pdf) {
        lockLibrary(supplierId, details.type());
        EvidenceDocument previous = inLibrary(supplierId, details.type()).orElse(null);
        EvidenceDocument document = store(supplierId, previous, details, expiresOn, fileName, pdf);
        placeInLibrary(supplierId, document);
        em.flush();
        audit.record(previous == null ? "evidence.uploaded" : "evidence.replaced", "supplier", supplierId,
                document.evidenceType + " " + fileName + " sha256 " + document.sha256 + " in the evidence library"
                        + (previous == null ? "" : ", replaces version " + previous.versionNumber));
        return documents.view(document, today());
    }

    /**
     * Two uploads of the same organisation type at once (two products' submissions, two browser
     * tabs) are queued rather than refused or allowed to both become "version 2": each takes this
     * lock for its transaction, so the second sees the first and supersedes it.
     */
    private void lockLibrary(UUID supplierId, String type) {
        em.createNativeQuery("select cast(pg_advisory_xact_lock(hashtextextended(?1, 0)) as text)")
                .setParameter(1, "evidence_library/" + supplierId + "/" + type).getSingleResult();
    }

    private Optional<EvidenceDocument> inLibrary(UUID supplierId, String type) {
        LibraryItem item = em.find(LibraryItem.class, new LibraryItem.Key(supplierId, type));
        return item == null ? Optional.empty() : Optional.of(em.find(EvidenceDocument.class, item.evidenceId));
    }

    /**
     * One current document per type: a new version moves the library's row to it. The passports that
     * cover the document it replaces are told through the outbox, in this transaction, so that none is
     * missed whichever way the new version arrived (the library page or a submission's upload).
     */
    private void placeInLibrary(UUID supplierId, EvidenceDocument document) {
        LibraryItem item = em.find(LibraryItem.class, new LibraryItem.Key(supplierId, document.evidenceType));
        if (item != null && !item.evidenceId.equals(document.id)) {
            outbox.publish(LibraryItem.REPLACED_TOPIC, item.evidenceId.toString());
        }
        if (item == null) {
            item = new LibraryItem();
            item.supplierId = supplierId;
            item.evidenceType = document.evidenceType;
            item.evidenceId = document.id;
            item.linkedAt = document.uploadedAt;
            em.persist(item);
        } else {
            item.evidenceId = document.id;
            item.linkedAt = document.uploadedAt;
        }
    }

    private EvidenceDocument store(UUID supplierId, EvidenceDocument previous, EvidenceUpload details, LocalDate expiresOn,
                                   String fileName, InspectedPdf pdf) {
        Caller caller = callers.required();
        EvidenceDocument document = new EvidenceDocument();
        document.id = UUID.randomUUID();
        document.supplierId = supplierId;
        document.evidenceType = details.type();
        document.reference = blankToNull(details.reference());
        document.issuer = blankToNull(details.issuer());
        document.issuedOn = details.issuedOn();
        document.expiresOn = expiresOn;
        document.fileName = fileName;
        document.sizeBytes = pdf.sizeBytes();
        document.sha256 = pdf.sha256Hex();
        document.pageCount = pdf.pageCount();
        document.activeContent = String.join("\n", pdf.activeContent());
        document.versionNumber = previous == null ? 1 : previous.versionNumber + 1;
        document.supersedesId = previous == null ? null : previous.id;
        document.uploadedBy = caller.email();
        document.uploadedAt = clock.instant();
        em.persist(document);
        em.flush();
        saveContent(document.id, pdf);
        return document;
    }

    private static void sameType(EvidenceDocument previous, EvidenceUpload details) {
        if (!previous.evidenceType.equals(details.type())) {
            throw Problem.invalid("type", "A new version must be of the same type (" + previous.evidenceType + ")");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private void saveContent(UUID evidenceId, InspectedPdf pdf) {
        try (InputStream in = Files.newInputStream(pdf.file())) {
            content.save(evidenceId, in, pdf.sizeBytes(), pdf.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
