package org.innovatorpassport.platform.internal.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A token's secret: 256 random bits, recognisable by its prefix in logs and secret scanners. Only its
 * SHA-256 is stored: the secret has full entropy, so a slow password hash would add nothing but cost
 * on every API call.
 */
final class TokenSecret {
    static final String PREFIX = "ipt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a presented value could be a token at all; anything else is refused without a lookup. */
    static boolean wellFormed(String presented) {
        return presented != null && presented.startsWith(PREFIX) && presented.length() == PREFIX.length() + 43
                && presented.substring(PREFIX.length()).chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
