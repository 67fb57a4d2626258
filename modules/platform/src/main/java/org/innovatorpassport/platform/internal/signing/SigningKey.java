package org.innovatorpassport.platform.internal.signing;

import com.nimbusds.jose.jwk.ECKey;
import java.time.Instant;

/**
 * One key of the keystore as a JWK whose id is its RFC 7638 thumbprint: the id follows from the
 * public key itself, so it never collides and anyone can recompute it from the published JWK.
 *
 * @param jwk       the key, with its private half when the keystore holds it
 * @param alias     its alias in the keystore, for the operator
 * @param validFrom its certificate's start: a key signs only from then on, and is published before
 */
record SigningKey(ECKey jwk, String alias, Instant validFrom) {

    String id() {
        return jwk.getKeyID();
    }

    boolean canSign(Instant now) {
        return jwk.isPrivate() && !validFrom.isAfter(now);
    }
}
