package org.innovatorpassport.assurance.internal.passport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.innovatorpassport.assurance.api.PassportSignature;
import org.innovatorpassport.platform.api.SignatureCheck;
import org.innovatorpassport.platform.api.SignedDocuments;

/**
 * Signs a passport's content at issue and checks it later. A check passes only when the signature
 * verifies under a published key and what it covers is exactly the passport as stored now: a
 * signature that is genuine but belongs to other content (a row changed in the database, or a JWS
 * copied from another passport) does not vouch for this one.
 */
@ApplicationScoped
class PassportSignatures {
    /** The JWS {@code typ}: what kind of document the signed content is. */
    static final String TYPE = "innovator-passport+jws";

    @Inject
    SignedDocuments documents;

    String sign(PassportRecord p, List<PassportEvidenceRecord> evidence) {
        return documents.sign(TYPE, PassportContent.of(p, evidence));
    }

    PassportSignature check(PassportRecord p, List<PassportEvidenceRecord> evidence) {
        if (p.jws == null) {
            return new PassportSignature(null, false, null, null,
                    "this passport was issued before passports were signed, and its old digest did not vouch for it");
        }
        SignatureCheck check = documents.check(p.jws);
        if (!check.valid()) {
            return new PassportSignature(p.jws, false, check.keyId(), check.issuer(), check.problem());
        }
        if (!check.content().equals(PassportContent.of(p, evidence))) {
            return new PassportSignature(p.jws, false, check.keyId(), check.issuer(),
                    "the passport's content does not match what was signed");
        }
        return new PassportSignature(p.jws, true, check.keyId(), check.issuer(), null);
    }
}
