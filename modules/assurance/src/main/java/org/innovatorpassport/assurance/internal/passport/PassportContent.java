package org.innovatorpassport.assurance.internal.passport;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What a passport's signature covers: everything fixed at issue (who, what, which version, against
 * which template, by whom, when, every evidence item with its hash and sign-off, the conditions and
 * the passports it replaced) as canonical JSON. The status is left out on purpose: it changes as
 * evidence lapses or an assessor acts, and is only ever answered online. Evidence is ordered by id
 * and replaced passports by id, so the same passport always gives the same bytes.
 */
final class PassportContent {
    /** Names this layout; a later change to what is covered gets a new one. */
    static final String FORMAT = "innovator-passport/1";

    private PassportContent() {
    }

    static String of(PassportRecord p, List<PassportEvidenceRecord> evidence) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("format", FORMAT);
        content.put("id", text(p.id));
        content.put("code", p.code);
        content.put("product", map("id", text(p.productId), "name", p.productName, "version", p.productVersion));
        content.put("supplier", map("id", text(p.supplierId), "name", p.supplierName));
        content.put("template", map("id", p.templateId, "version", p.templateVersion));
        content.put("assuranceBody", p.assuranceBody);
        content.put("assessor", p.assessorName);
        content.put("issuedOn", date(p.issuedOn));
        content.put("expiresOn", date(p.expiresOn));
        content.put("evidence", evidence.stream().sorted(Comparator.comparing(e -> text(e.evidenceId)))
                .map(PassportContent::item).toList());
        content.put("conditions", p.conditionList());
        content.put("supersedes", p.supersedesList().stream().map(UUID::toString).sorted().toList());
        return CanonicalJson.of(content);
    }

    private static Map<String, Object> item(PassportEvidenceRecord e) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", text(e.evidenceId));
        item.put("type", e.evidenceType);
        item.put("reference", e.reference);
        item.put("issuer", e.issuer);
        item.put("issuedOn", date(e.issuedOn));
        item.put("expiresOn", date(e.expiresOn));
        item.put("sha256", e.sha256);
        item.put("signedOffBy", e.signedOffBy);
        return item;
    }

    private static Map<String, Object> map(String... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static String text(UUID id) {
        return Objects.toString(id, null);
    }

    private static String date(LocalDate date) {
        return Objects.toString(date, null);
    }
}
