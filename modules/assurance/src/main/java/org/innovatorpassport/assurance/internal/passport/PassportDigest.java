package org.innovatorpassport.assurance.internal.passport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.innovatorpassport.platform.api.Signatures;

/**
 * A keyed signature over a passport's fixed content: who, what, which version, when, and every
 * evidence document's hash. Status is left out: it changes by design, and is checked from the record.
 */
@ApplicationScoped
public class PassportDigest {
    static final String KEY = "passport";

    @Inject
    Signatures signatures;

    public String of(PassportRecord p, List<PassportEvidenceRecord> evidence) {
        return signatures.sign(KEY, canonical(p, evidence));
    }

    public boolean matches(PassportRecord p, List<PassportEvidenceRecord> evidence) {
        return signatures.verify(KEY, canonical(p, evidence), p.digest);
    }

    static String canonical(PassportRecord p, List<PassportEvidenceRecord> evidence) {
        String items = evidence.stream().sorted(Comparator.comparing(e -> e.evidenceId))
                .map(e -> e.evidenceId + ":" + e.evidenceType + ":" + e.sha256 + ":" + e.issuedOn + ":" + e.expiresOn)
                .collect(Collectors.joining(","));
        return String.join("|", p.id.toString(), p.code, p.productId.toString(), p.productName, p.productVersion,
                p.supplierId.toString(), p.supplierName, p.templateId, p.templateVersion, p.assuranceBody, p.assessorName,
                p.issuedOn.toString(), p.expiresOn.toString(), p.conditions, items);
    }
}
