package org.innovatorpassport.assurance.api;

/**
 * A passport as signed at issue, and what checking it found. The JWS (ES256) covers everything but
 * the status, which changes by design and is only ever answered online; its key id and issuer are
 * in the protected header, and the public keys at {@code /.well-known/jwks.json} check it offline.
 *
 * @param jws     the signed passport as a compact JWS, or null for one never signed
 * @param valid   the signature verifies under a published key and covers exactly this passport
 * @param keyId   the {@code kid} of the key that signed it
 * @param issuer  the {@code iss}: the service that signed it
 * @param problem why it is not valid (null when valid)
 */
public record PassportSignature(String jws, boolean valid, String keyId, String issuer, String problem) {

    /** The line a person reads, for example "Signature valid, signed by https://... with key Xy...". */
    public String summary() {
        return valid ? "Signature valid, signed by " + issuer + " with key " + keyId
                : "Signature not valid: " + problem;
    }
}
