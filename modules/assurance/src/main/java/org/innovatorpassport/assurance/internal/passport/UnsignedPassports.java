package org.innovatorpassport.assurance.internal.passport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.innovatorpassport.platform.api.AuditLog;

/**
 * Passports issued before passports were signed: each is signed once, if its retired digest still
 * vouches for its content, and the digest is then cleared. Rows are taken with
 * {@code FOR UPDATE SKIP LOCKED}, so nodes starting together never sign the same passport, and a
 * signed passport is never picked again. One whose digest does not match is left unsigned (and is
 * reported as such by verification) rather than given a signature it does not deserve.
 * Runs in the caller's transaction.
 */
@ApplicationScoped
class UnsignedPassports {
    private static final Logger LOG = Logger.getLogger(UnsignedPassports.class.getName());

    @PersistenceContext(unitName = "assurance")
    EntityManager em;

    @Inject
    RetiredDigest retired;

    @Inject
    PassportSignatures signatures;

    @Inject
    AuditLog audit;

    int sign() {
        @SuppressWarnings("unchecked")
        List<Object[]> unsigned = em.createNativeQuery("select id, digest from assurance.passport "
                + "where jws is null and digest is not null order by id for update skip locked").getResultList();
        int signed = 0;
        for (Object[] row : unsigned) {
            PassportRecord passport = em.find(PassportRecord.class, (UUID) row[0]);
            List<PassportEvidenceRecord> evidence = em.createQuery("select e from PassportEvidenceRecord e where e.passportId = :p",
                    PassportEvidenceRecord.class).setParameter("p", passport.id).getResultList();
            if (!retired.vouchesFor(passport, evidence, (String) row[1])) {
                LOG.warning("passport " + passport.code + " was not signed: its content no longer matches its old digest");
                continue;
            }
            String jws = signatures.sign(passport, evidence);
            // the digest is not mapped, so both are written here; the version is left alone, as nothing a user sees changed
            em.createNativeQuery("update assurance.passport set jws = ?1, digest = null where id = ?2")
                    .setParameter(1, jws).setParameter(2, passport.id).executeUpdate();
            em.refresh(passport);
            audit.record("passport.signed", "passport", passport.id, "signed in place of its retired digest");
            signed++;
        }
        return signed;
    }
}
