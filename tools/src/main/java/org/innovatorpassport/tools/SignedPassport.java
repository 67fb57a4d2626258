package org.innovatorpassport.tools;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;

/**
 * A signed passport as downloaded: a compact JWS, or the JSON answer of the verification or passport
 * API that carries it under {@code signature.jws}. Only ES256 under an EC P-256 key of the published
 * set is accepted, whatever the header claims, so a forger cannot pick a weaker algorithm.
 */
final class SignedPassport {
    static final String TYPE = "innovator-passport+jws";

    private final JWSObject jws;

    private SignedPassport(JWSObject jws) {
        this.jws = jws;
    }

    static SignedPassport read(Path file) throws IOException, NotAPassport {
        String text = Files.readString(file, StandardCharsets.UTF_8).trim();
        String compact = text.startsWith("{") ? fromJson(text) : text;
        try {
            return new SignedPassport(JWSObject.parse(compact));
        } catch (ParseException e) {
            throw new NotAPassport(file + " is not a signed passport (a compact JWS): " + e.getMessage());
        }
    }

    String keyId() {
        return jws.getHeader().getKeyID();
    }

    String issuer() {
        return jws.getHeader().getCustomParam("iss") instanceof String issuer ? issuer : null;
    }

    /** What the passport covers, once its signature holds under one of the keys. */
    CoveredPassport verifiedBy(PublishedKeys keys) throws NotAPassport {
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
            throw new NotAPassport("it is signed with " + jws.getHeader().getAlgorithm() + "; passports are signed with ES256");
        }
        if (jws.getHeader().getType() == null || !TYPE.equals(jws.getHeader().getType().getType())) {
            throw new NotAPassport("it is not an innovator passport (typ " + jws.getHeader().getType() + ")");
        }
        JWK key = keys.withId(keyId()).orElseThrow(() -> new NotAPassport(
                "no key in " + keys.source() + " has the id " + keyId() + " that the passport names"));
        if (!(key instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
            throw new NotAPassport("key " + keyId() + " is not an EC P-256 key");
        }
        try {
            if (!jws.verify(new ECDSAVerifier(ec.toPublicJWK()))) {
                throw new NotAPassport("the signature does not match the content: the file was changed after it was signed");
            }
            return new CoveredPassport(JSONObjectUtils.parse(jws.getPayload().toString()));
        } catch (JOSEException e) {
            throw new NotAPassport("the signature could not be checked: " + e.getMessage());
        } catch (ParseException e) {
            throw new NotAPassport("the signed content is not a passport: " + e.getMessage());
        }
    }

    private static String fromJson(String json) throws NotAPassport {
        try {
            Map<String, Object> answer = JSONObjectUtils.parse(json);
            Map<String, Object> signature = JSONObjectUtils.getJSONObject(answer, "signature");
            String compact = signature == null ? null : JSONObjectUtils.getString(signature, "jws");
            if (compact == null) {
                throw new NotAPassport("the JSON carries no signed passport (signature.jws)");
            }
            return compact;
        } catch (ParseException e) {
            throw new NotAPassport("it is neither a compact JWS nor JSON carrying one: " + e.getMessage());
        }
    }
}
