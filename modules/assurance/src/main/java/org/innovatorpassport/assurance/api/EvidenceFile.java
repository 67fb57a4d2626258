package org.innovatorpassport.assurance.api;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An evidence document to download: its name, its size and a way to copy its bytes out. The bytes
 * are written straight from storage to the response, a slice at a time, so a download costs a
 * small buffer rather than the whole document in memory.
 */
public record EvidenceFile(String fileName, long sizeBytes, Body body) {

    /** Copies the document to {@code out}; called once, after the access was checked and audited. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
