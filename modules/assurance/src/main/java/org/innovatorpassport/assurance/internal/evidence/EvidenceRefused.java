package org.innovatorpassport.assurance.internal.evidence;

import java.util.Objects;

/**
 * An uploaded evidence file that cannot be accepted. The message is written for the supplier who
 * uploaded it, so it can go straight into a problem response.
 */
public class EvidenceRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason { EMPTY, TOO_LARGE, NOT_PDF, CORRUPT, ENCRYPTED, TOO_MANY_PAGES, TOO_COMPLEX }

    private final Reason reason;

    public EvidenceRefused(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public EvidenceRefused(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    static String describeSize(long bytes) {
        long mib = 1024L * 1024L;
        if (bytes >= mib && bytes % mib == 0) {
            return (bytes / mib) + " MB";
        }
        if (bytes >= 1024) {
            return String.format(java.util.Locale.UK, "%.1f KB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }
}
