package org.innovatorpassport.platform.api;

/**
 * Keyed signatures (HMAC-SHA256) with secrets shared by every node through the database, so a
 * session or a passport digest signed on one node verifies on another.
 */
public interface Signatures {

    /** Hex signature of {@code content} under the named key. */
    String sign(String keyName, String content);

    default boolean verify(String keyName, String content, String signature) {
        return signature != null && java.security.MessageDigest.isEqual(
                sign(keyName, content).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                signature.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
