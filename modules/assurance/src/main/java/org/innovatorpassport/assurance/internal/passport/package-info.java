/**
 * Passports: issued from a submission, signed, verified, suspended, revoked and renewed; and as
 * documents people hold. A passport is signed at issue as a JWS over its canonical content
 * ({@link org.innovatorpassport.assurance.internal.passport.PassportContent}); its status is never
 * signed and is only answered online. The PDF certificate, rendered with PDFBox from
 * {@link org.innovatorpassport.assurance.internal.passport.CertificateContent}, is a readable summary
 * for trusts and suppliers (product, scope, dates, the evidence it rests on with the start of each
 * SHA-256, conditions) whose authority comes from the verification code, address and QR code printed
 * on it, and the signed passport found there, not from the paper; it uses only the Standard 14
 * fonts, so any character WinAnsi cannot carry is replaced rather than failing an issue.
 */
package org.innovatorpassport.assurance.internal.passport;
