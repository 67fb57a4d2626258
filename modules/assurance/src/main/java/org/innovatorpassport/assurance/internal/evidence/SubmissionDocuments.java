package org.innovatorpassport.assurance.internal.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** The current documents of a submission, for the submission, passport and evidence services alike. */
@ApplicationScoped
public class SubmissionDocuments {

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    public List<EvidenceDocument> current(UUID submissionId) {
        return em.createQuery("select d from EvidenceDocument d, SubmissionEvidence l where l.evidenceId = d.id "
                + "and l.submissionId = :s order by d.evidenceType, d.uploadedAt", EvidenceDocument.class)
                .setParameter("s", submissionId).getResultList();
    }

    public void copyLinks(UUID fromSubmission, UUID toSubmission, java.time.Instant at) {
        for (EvidenceDocument document : current(fromSubmission)) {
            em.persist(SubmissionEvidence.link(toSubmission, document.id, at));
        }
    }
}
