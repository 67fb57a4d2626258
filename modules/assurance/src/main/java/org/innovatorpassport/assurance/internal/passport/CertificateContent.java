package org.innovatorpassport.assurance.internal.passport;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything printed on a passport certificate. Strings may hold any Unicode; the renderer
 * replaces what its fonts cannot show.
 *
 * @param passportId        the passport's id
 * @param productName       product as listed in the catalogue
 * @param productVersion    the version the passport covers
 * @param supplierName      supplier organisation
 * @param scope             template title and version assured against, e.g. "DTAC 2024.1"
 * @param status            passport status at issue, e.g. "Active"
 * @param verificationCode  short code anyone can check
 * @param verificationUrl   where to check it
 * @param issuedOn          issue date
 * @param expiresOn         expiry date: the earliest evidence expiry
 * @param assuranceBody     body that assessed the submission
 * @param assessorName      assessor who issued the passport
 * @param evidence          the evidence the passport covers
 * @param conditions        conditions and caveats attached to the passport
 * @param signingKeyId      the id ({@code kid}) of the key that signed the passport
 */
public record CertificateContent(String passportId, String productName, String productVersion,
                                 String supplierName, String scope, String status, String verificationCode,
                                 String verificationUrl, LocalDate issuedOn, LocalDate expiresOn,
                                 String assuranceBody, String assessorName, List<CertificateEvidence> evidence,
                                 List<String> conditions, String signingKeyId) {

    public CertificateContent {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
