package org.innovatorpassport.platform.internal.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovatorpassport.platform.api.SignatureCheck;
import org.innovatorpassport.platform.api.SignedDocuments;

/**
 * Signs as this service: the issuer is its public address, where the keys are published at
 * {@code /.well-known/jwks.json}, so a checker holding only a document knows where to find them.
 */
@ApplicationScoped
class JwsDocuments implements SignedDocuments {

    @Inject
    SigningKeystore keystore;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "PASSPORT_PUBLIC_URL", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    @Override
    public String sign(String type, String content) {
        return keystore.ring().sign(type, publicUrl.replaceAll("/+$", ""), content, clock.instant());
    }

    @Override
    public SignatureCheck check(String jws) {
        return keystore.ring().check(jws);
    }

    @Override
    public String publishedKeys() {
        return keystore.ring().published().toString(true);
    }
}
