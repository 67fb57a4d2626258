package org.innovatorpassport.platform.internal.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The PKCS12 keystore file that holds the signing keys, outside the database. infra/run and
 * infra/test create it on first start; in production the operator provides it to every node. It
 * is read again when the file changes, so a key added for rotation is published without a
 * restart. A missing or unreadable keystore stops the deployment at start: a server that could
 * not sign would issue passports nobody can check.
 */
@ApplicationScoped
class SigningKeystore {
    private static final Logger LOG = Logger.getLogger(SigningKeystore.class.getName());

    @Inject
    @ConfigProperty(name = "PASSPORT_SIGNING_KEYSTORE")
    Optional<String> path;

    @Inject
    @ConfigProperty(name = "PASSPORT_SIGNING_KEYSTORE_PASSWORD")
    Optional<String> password;

    private volatile Loaded loaded;

    void checkAtStart(@Observes Startup startup) {
        KeyRing ring = ring();
        Optional<SigningKey> signer = ring.signer(Instant.now());
        if (ring.keys().isEmpty()) {
            throw new IllegalStateException("the signing keystore " + file() + " holds no key: add an EC P-256 key (see README, key rotation)");
        }
        if (signer.isEmpty()) {
            LOG.warning("the signing keystore " + file() + " holds no private key in force yet: issuing a passport will fail until one is");
        }
        LOG.info(() -> "signing keystore " + file() + ": " + ring.keys().size() + " key(s) published, signing with "
                + signer.map(k -> k.alias() + " (kid " + k.id() + ")").orElse("none"));
    }

    KeyRing ring() {
        Path file = file();
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            if (loaded != null) {
                return loaded.ring();
            }
            throw new IllegalStateException("the signing keystore " + file + " does not exist: create it with keytool "
                    + "(infra/run does on first start; see README, key rotation)", e);
        }
        Loaded current = loaded;
        if (current != null && current.modified().equals(modified)) {
            return current.ring();
        }
        try {
            Loaded fresh = new Loaded(load(file), modified);
            loaded = fresh;
            return fresh.ring();
        } catch (RuntimeException e) {
            if (current == null) {
                throw e;
            }
            // a file caught half-written during a rotation: keep the keys we have and read it again next time
            LOG.log(Level.WARNING, "could not read the changed signing keystore " + file + "; still using the keys read before", e);
            return current.ring();
        }
    }

    private KeyRing load(Path file) {
        char[] secret = password.orElseThrow(() -> new IllegalStateException(
                "PASSPORT_SIGNING_KEYSTORE_PASSWORD is not set: it opens the signing keystore " + file)).toCharArray();
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, secret);
            return KeyRing.of(store, secret);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("could not open the signing keystore " + file + ": " + e.getMessage(), e);
        }
    }

    private Path file() {
        return Path.of(path.filter(p -> !p.isBlank()).orElseThrow(() -> new IllegalStateException(
                "PASSPORT_SIGNING_KEYSTORE is not set: it names the PKCS12 keystore that holds the passport signing keys")));
    }

    private record Loaded(KeyRing ring, FileTime modified) {
    }
}
