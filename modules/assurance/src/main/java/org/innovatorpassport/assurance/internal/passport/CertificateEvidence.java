package org.innovatorpassport.assurance.internal.passport;

import java.time.LocalDate;

/**
 * One evidence document a passport rests on, as listed on its certificate.
 *
 * @param type       kind of evidence, e.g. "DSPT assessment" or "DCB0129 safety case"
 * @param reference  the issuer's or supplier's reference for the document
 * @param issuer     who issued it
 * @param issuedOn   when it was issued, if known
 * @param expiresOn  when it stops being valid, if it does
 * @param sha256Hex  SHA-256 of the stored file, lower-case hex
 */
public record CertificateEvidence(String type, String reference, String issuer, LocalDate issuedOn,
                                  LocalDate expiresOn, String sha256Hex) {
}
