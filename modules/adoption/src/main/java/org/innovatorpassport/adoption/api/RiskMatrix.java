package org.innovatorpassport.adoption.api;

import java.util.List;

/**
 * The clinical risk matrix DCB0129 and DCB0160 share: severity (minor to catastrophic) against
 * likelihood (very low to very high), both 1..5, gives a risk rating 1..5. Ratings above
 * {@link #ACCEPTABLE} need a justification before a record can be signed off.
 */
public final class RiskMatrix {
    public static final int ACCEPTABLE = 2;
    public static final List<String> SEVERITIES = List.of("Minor", "Significant", "Considerable", "Major", "Catastrophic");
    public static final List<String> LIKELIHOODS = List.of("Very low", "Low", "Medium", "High", "Very high");

    /** Rows by likelihood (very low first), columns by severity (minor first), as the standard publishes them. */
    private static final int[][] RATINGS = {
            {1, 1, 2, 2, 3},
            {1, 2, 2, 3, 4},
            {2, 2, 3, 3, 4},
            {2, 3, 3, 4, 5},
            {3, 4, 4, 5, 5},
    };

    private RiskMatrix() {
    }

    public static int rating(int severity, int likelihood) {
        if (severity < 1 || severity > 5 || likelihood < 1 || likelihood > 5) {
            throw new IllegalArgumentException("severity and likelihood run from 1 to 5");
        }
        return RATINGS[likelihood - 1][severity - 1];
    }

    public static String severity(int severity) {
        return SEVERITIES.get(severity - 1);
    }

    public static String likelihood(int likelihood) {
        return LIKELIHOODS.get(likelihood - 1);
    }

    public static boolean acceptable(int rating) {
        return rating <= ACCEPTABLE;
    }
}
