package org.innovatorpassport.platform.api;

/**
 * What checking a signed document found.
 *
 * @param valid   the signature verifies under a published key
 * @param keyId   the {@code kid} the document names, if it could be read
 * @param issuer  the {@code iss} the document names, if it could be read
 * @param content the signed content (only when valid)
 * @param problem why it does not verify, as a clause to follow a colon (only when not valid)
 */
public record SignatureCheck(boolean valid, String keyId, String issuer, String content, String problem) {

    public static SignatureCheck verified(String keyId, String issuer, String content) {
        return new SignatureCheck(true, keyId, issuer, content, null);
    }

    public static SignatureCheck refused(String keyId, String issuer, String problem) {
        return new SignatureCheck(false, keyId, issuer, null, problem);
    }
}
