package org.innovatorpassport.assurance.internal.evidence;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An uploaded PDF that passed inspection. The caller owns {@code file}: it stores it immutably and
 * then deletes it.
 *
 * @param file           the upload as copied to the work directory
 * @param sizeBytes      its size
 * @param sha256Hex      SHA-256 of its bytes, lower-case hex
 * @param pageCount      pages found by walking the page tree (not the count the file claims)
 * @param text           extracted text, at most {@link PdfLimits#maxTextChars()} characters
 * @param activeContent  notes for the assessor on scripts, actions and embedded files; empty when none
 */
public record InspectedPdf(Path file, long sizeBytes, String sha256Hex, int pageCount, String text,
                           List<String> activeContent) {

    public InspectedPdf {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256Hex, "sha256Hex");
        Objects.requireNonNull(text, "text");
        activeContent = List.copyOf(activeContent);
    }
}
