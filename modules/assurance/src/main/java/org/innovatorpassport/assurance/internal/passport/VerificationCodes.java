package org.innovatorpassport.assurance.internal.passport;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Short codes a person can read out or type: "IP-" and eight characters from an alphabet without
 * 0/O, 1/I/L or U, in two groups: 30^8 (about 6.6 × 10^11) codes make guessing one impractical.
 */
final class VerificationCodes {
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder("IP-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** How a person might type it: any case, spaces, missing prefix. */
    static String normalise(String typed) {
        String compact = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (compact.startsWith("IP")) {
            compact = compact.substring(2);
        }
        return compact.length() == 8 ? "IP-" + compact.substring(0, 4) + "-" + compact.substring(4) : "";
    }
}
