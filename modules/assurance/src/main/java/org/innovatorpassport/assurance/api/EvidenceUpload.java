package org.innovatorpassport.assurance.api;

import java.time.LocalDate;

/**
 * What the supplier says about an evidence document: its type (a template evidence type code),
 * reference (certificate number, DSPT year...), issuer, issue date and, where the document states
 * one, its expiry. The expiry kept is the one the evidence type's rule gives.
 */
public record EvidenceUpload(String type, String reference, String issuer, LocalDate issuedOn, LocalDate statedExpiry) {
}
