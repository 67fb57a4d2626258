package org.innovatorpassport.platform.api;

/**
 * Documents that anyone can check without asking this server: each is signed as a compact JWS
 * (ES256) under the newest signing key, and the public half of every key, old ones included, is
 * published at {@code /.well-known/jwks.json}. The private keys live in a keystore file outside the
 * database, so whoever can write to the database still cannot forge a signature.
 */
public interface SignedDocuments {

    /**
     * Signs {@code content} (UTF-8 text, typically canonical JSON) as a compact JWS whose protected
     * header names the key ({@code kid}), the issuer ({@code iss}) and the document's {@code typ}.
     */
    String sign(String type, String content);

    /** Checks a compact JWS against every published key; never throws for a malformed or forged one. */
    SignatureCheck check(String jws);

    /** The public keys, newest first, as a JWK Set document (RFC 7517). */
    String publishedKeys();
}
