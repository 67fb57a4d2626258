package org.innovatorpassport.assurance.api;

/** The bytes of an evidence document, for download. */
public record EvidenceFile(String fileName, byte[] content) {
}
