package org.innovatorpassport.platform.internal.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.innovatorpassport.platform.api.SignatureCheck;

/**
 * The signing keys of one keystore: the newest key already in force signs, and every key is
 * published, so a document signed before a rotation still verifies after it. A key whose private
 * half was removed (kept only as a certificate) stays published but signs nothing more; a key
 * whose certificate starts in the future is published now and signs from that day, which lets
 * every node publish a new key before any node signs with it.
 */
final class KeyRing {
    static final JWSAlgorithm ALGORITHM = JWSAlgorithm.ES256;

    private final List<SigningKey> keys;

    private KeyRing(List<SigningKey> keys) {
        this.keys = keys;
    }

    /** Reads every entry of a loaded keystore; each must be an EC P-256 key or certificate. */
    static KeyRing of(KeyStore store, char[] password) {
        try {
            List<SigningKey> keys = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                Certificate certificate = store.getCertificate(alias);
                if (!(certificate instanceof X509Certificate x509) || !(x509.getPublicKey() instanceof ECPublicKey publicKey)
                        || !Curve.P_256.equals(Curve.forECParameterSpec(publicKey.getParams()))) {
                    throw new IllegalStateException("keystore entry '" + alias + "' is not an EC P-256 key: passports are signed with ES256");
                }
                ECKey.Builder jwk = new ECKey.Builder(Curve.P_256, publicKey).keyUse(KeyUse.SIGNATURE).algorithm(ALGORITHM);
                if (store.isKeyEntry(alias)) {
                    Key privateKey = store.getKey(alias, password);
                    if (privateKey instanceof ECPrivateKey ec) {
                        jwk.privateKey(ec);
                    }
                }
                keys.add(new SigningKey(jwk.keyIDFromThumbprint().build(), alias, x509.getNotBefore().toInstant()));
            }
            keys.sort(Comparator.comparing(SigningKey::validFrom).reversed().thenComparing(SigningKey::id));
            return new KeyRing(List.copyOf(keys));
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("could not read the signing keystore: " + e.getMessage(), e);
        }
    }

    /** The key that signs now: the newest one in force whose private half the keystore holds. */
    Optional<SigningKey> signer(Instant now) {
        return keys.stream().filter(k -> k.canSign(now)).findFirst();
    }

    String sign(String type, String issuer, String content, Instant now) {
        SigningKey key = signer(now).orElseThrow(() -> new IllegalStateException(
                "the signing keystore holds no private EC P-256 key in force: add one (see README, key rotation)"));
        JWSHeader header = new JWSHeader.Builder(ALGORITHM).keyID(key.id()).type(new JOSEObjectType(type))
                .customParam("iss", issuer).customParam("iat", now.getEpochSecond()).build();
        JWSObject jws = new JWSObject(header, new Payload(content));
        try {
            jws.sign(new ECDSASigner(key.jwk()));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign with key " + key.id(), e);
        }
        return jws.serialize();
    }

    SignatureCheck check(String compact) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact == null ? "" : compact.trim());
        } catch (ParseException e) {
            return SignatureCheck.refused(null, null, "it is not a signed document (compact JWS): " + e.getMessage());
        }
        String keyId = jws.getHeader().getKeyID();
        Object iss = jws.getHeader().getCustomParam("iss");
        String issuer = iss instanceof String s ? s : null;
        if (!ALGORITHM.equals(jws.getHeader().getAlgorithm())) {
            return SignatureCheck.refused(keyId, issuer, "it is signed with " + jws.getHeader().getAlgorithm() + ", not " + ALGORITHM);
        }
        Optional<SigningKey> key = keys.stream().filter(k -> k.id().equals(keyId)).findFirst();
        if (key.isEmpty()) {
            return SignatureCheck.refused(keyId, issuer, "no published key has the id " + keyId);
        }
        try {
            if (!jws.verify(new ECDSAVerifier(key.get().jwk().toPublicJWK()))) {
                return SignatureCheck.refused(keyId, issuer, "the signature does not match the content: it was changed after signing");
            }
        } catch (JOSEException e) {
            return SignatureCheck.refused(keyId, issuer, "the signature could not be checked: " + e.getMessage());
        }
        return SignatureCheck.verified(keyId, issuer, jws.getPayload().toString());
    }

    /** Every public key, newest first. */
    JWKSet published() {
        return new JWKSet(keys.stream().map(k -> (JWK) k.jwk().toPublicJWK()).toList());
    }

    List<SigningKey> keys() {
        return keys;
    }
}
