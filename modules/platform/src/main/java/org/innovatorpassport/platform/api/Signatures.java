package org.innovatorpassport.platform.api;

/**
 * Keyed signatures (HMAC-SHA256) with secrets shared by every node through the database, so a
 * sign-in cookie signed on one node verifies on another. Only this service can check them, and
 * anyone who can write to the database could forge one: documents that others must rely on are
 * signed through {@link SignedDocuments} instead.
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
