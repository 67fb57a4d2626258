package org.innovatorpassport.assurance.internal.passport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.innovatorpassport.platform.api.Signatures;

/**
 * The keyed digest (HMAC) that passports carried before they were signed. It is retired: nothing
 * issues or verifies with it any more. It is read once per older passport, to refuse signing one
 * whose content no longer matches what was issued, so that signing cannot launder a change made
 * in the database.
 */
@ApplicationScoped
class RetiredDigest {
    static final String KEY = "passport";

    @Inject
    Signatures signatures;

    boolean vouchesFor(PassportRecord p, List<PassportEvidenceRecord> evidence, String digest) {
        return digest != null && signatures.verify(KEY, canonical(p, evidence), digest);
    }

    /** The layout the digest was computed over, exactly as it was. */
    static String canonical(PassportRecord p, List<PassportEvidenceRecord> evidence) {
        String items = evidence.stream().sorted(Comparator.comparing(e -> e.evidenceId))
                .map(e -> e.evidenceId + ":" + e.evidenceType + ":" + e.sha256 + ":" + e.issuedOn + ":" + e.expiresOn)
                .collect(Collectors.joining(","));
        return String.join("|", p.id.toString(), p.code, p.productId.toString(), p.productName, p.productVersion,
                p.supplierId.toString(), p.supplierName, p.templateId, p.templateVersion, p.assuranceBody, p.assessorName,
                p.issuedOn.toString(), p.expiresOn.toString(), p.conditions, items);
    }
}
