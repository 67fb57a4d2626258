package org.innovatorpassport.assurance.internal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.innovatorpassport.assurance.api.EvidenceView;
import org.innovatorpassport.templates.api.EvidenceType;
import org.innovatorpassport.templates.api.Templates;

/**
 * The current documents of a submission, for the submission, passport and evidence services alike:
 * those attached to it, and the supplier's library documents about the organisation, which every
 * submission of every product uses without a new upload.
 */
@ApplicationScoped
public class SubmissionDocuments {

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    Templates templates;

    public List<EvidenceDocument> current(UUID submissionId) {
        List<EvidenceDocument> documents = new ArrayList<>(attached(submissionId));
        documents.addAll(em.createQuery("select d from EvidenceDocument d, LibraryItem i where i.evidenceId = d.id "
                        + "and i.supplierId = (select s.supplierId from Submission s where s.id = :s)", EvidenceDocument.class)
                .setParameter("s", submissionId).getResultList());
        documents.sort(Comparator.comparing((EvidenceDocument d) -> d.evidenceType).thenComparing(d -> d.uploadedAt));
        return documents;
    }

    /** The documents attached to this submission itself, not those it uses from the library. */
    public List<EvidenceDocument> attached(UUID submissionId) {
        return em.createQuery("select d from EvidenceDocument d, SubmissionEvidence l where l.evidenceId = d.id "
                + "and l.submissionId = :s order by d.evidenceType, d.uploadedAt", EvidenceDocument.class)
                .setParameter("s", submissionId).getResultList();
    }

    /** The supplier's current library documents, by type. */
    public List<EvidenceDocument> library(UUID supplierId) {
        return em.createQuery("select d from EvidenceDocument d, LibraryItem i where i.evidenceId = d.id "
                + "and i.supplierId = :o order by d.evidenceType", EvidenceDocument.class)
                .setParameter("o", supplierId).getResultList();
    }

    /** Only what was attached moves to a renewal: the library serves it anyway. */
    public void copyLinks(UUID fromSubmission, UUID toSubmission, Instant at) {
        for (EvidenceDocument document : attached(fromSubmission)) {
            em.persist(SubmissionEvidence.link(toSubmission, document.id, at));
        }
    }

    public boolean organisation(String evidenceType) {
        return templates.evidenceType(evidenceType).map(EvidenceType::organisation).orElse(false);
    }

    /** A sign-off still vouches for its document while the document has not expired; a replacement has none. */
    public Optional<SignOff> signOff(EvidenceDocument document, LocalDate today) {
        if (document.expiresOn != null && !document.expiresOn.isAfter(today)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(SignOff.class, document.id));
    }

    /**
     * Who signs off a document a new passport covers: for an organisation document already signed
     * off, that assessor (the sign-off is reused, not repeated); otherwise the issuing assessor,
     * whose sign-off of an organisation document is recorded for the passports after this one.
     */
    public String signOffFor(EvidenceDocument document, String assessorName, UUID submissionId, String submissionLabel,
                             LocalDate today) {
        if (!organisation(document.evidenceType)) {
            return assessorName;
        }
        Optional<SignOff> existing = signOff(document, today);
        if (existing.isPresent()) {
            return existing.get().signedOffBy;
        }
        if (em.find(SignOff.class, document.id) == null) {
            SignOff signOff = new SignOff();
            signOff.evidenceId = document.id;
            signOff.signedOffBy = assessorName;
            signOff.signedOffOn = today;
            signOff.submissionId = submissionId;
            signOff.submissionLabel = submissionLabel;
            em.persist(signOff);
        }
        return assessorName;
    }

    /** The view of a document with whether it is the organisation's and its current sign-off. */
    public EvidenceView view(EvidenceDocument document, LocalDate today) {
        boolean organisation = organisation(document.evidenceType);
        return document.view(organisation, organisation ? signOff(document, today).map(SignOff::describe).orElse(null) : null);
    }
}
