package org.innovatorpassport.assurance.internal.evidence;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of a server one uploaded PDF may use.
 *
 * @param maxBytes     largest upload accepted, in bytes
 * @param maxPages     most pages accepted
 * @param timeLimit    longest a worker may spend parsing and reading text
 * @param maxTextChars most characters of text kept for assessors; reading stops once reached
 */
public record PdfLimits(long maxBytes, int maxPages, Duration timeLimit, int maxTextChars) {

    private static final long MIB = 1024L * 1024L;

    public PdfLimits {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (maxBytes <= 0 || maxPages <= 0 || maxTextChars < 0 || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("PDF limits must be positive: " + maxBytes + " bytes, "
                    + maxPages + " pages, " + timeLimit + ", " + maxTextChars + " characters");
        }
    }

    public static PdfLimits defaults() {
        return new PdfLimits(25 * MIB, 500, Duration.ofSeconds(20), 2_000_000);
    }
}
