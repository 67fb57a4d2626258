/**
 * Passports as documents people hold: the PDF certificate issued with a passport, rendered with
 * PDFBox from {@link org.innovatorpassport.assurance.internal.passport.CertificateContent}. The
 * certificate is a readable summary for trusts and suppliers (product, scope, dates, the evidence
 * it rests on with the start of each SHA-256, conditions) whose authority comes from the
 * verification code, address and digest printed on it, not from the paper; it uses only the
 * Standard 14 fonts, so any character WinAnsi cannot carry is replaced rather than failing an
 * issue.
 */
package org.innovatorpassport.assurance.internal.passport;
