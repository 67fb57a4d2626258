package org.innovatorpassport.platform.internal.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.innovatorpassport.platform.api.SignatureCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key rotation as the README tells an operator to do it, with the JDK's own keytool: a passport
 * signed before a new key is added still verifies afterwards, with nothing but the published keys.
 */
class KeyRingTest {
    private static final String PASSWORD = "rotation-test";
    private static final String CONTENT = "{\"code\":\"IP-ABCD-EFGH\",\"product\":\"BreatheWell\"}";

    @TempDir
    Path folder;

    @Test
    void aPassportSignedBeforeARotationStillVerifiesWithThePublishedKeysAfterIt() throws Exception {
        Path keystore = folder.resolve("signing.p12");
        keytool("-genkeypair", "-keystore", keystore, "-alias", "passport-2026", "-startdate", "-2d");
        KeyRing before = ring(keystore);
        String old = before.sign("innovator-passport+jws", "https://passport.example", CONTENT, Instant.now());
        String oldKey = JWSObject.parse(old).getHeader().getKeyID();

        keytool("-genkeypair", "-keystore", keystore, "-alias", "passport-2027", "-startdate", "-1d");
        KeyRing after = ring(keystore);
        String fresh = after.sign("innovator-passport+jws", "https://passport.example", CONTENT, Instant.now());

        String newKey = JWSObject.parse(fresh).getHeader().getKeyID();
        assertNotEquals(oldKey, newKey, "the newest key signs after the rotation");
        JWKSet published = JWKSet.parse(after.published().toString(true));
        assertEquals(List.of(newKey, oldKey), published.getKeys().stream().map(k -> k.getKeyID()).toList(),
                "both keys are published, newest first");
        assertTrue(published.getKeys().stream().noneMatch(k -> k.isPrivate()), "no private half is ever published");
        ECKey oldPublic = (ECKey) published.getKeyByKeyId(oldKey);
        assertTrue(JWSObject.parse(old).verify(new ECDSAVerifier(oldPublic)), "the old passport verifies with the JWKS alone");
        SignatureCheck check = after.check(old);
        assertTrue(check.valid(), String.valueOf(check.problem()));
        assertEquals(CONTENT, check.content());
        assertEquals("https://passport.example", check.issuer());
        assertEquals(oldKey, check.keyId());
    }

    @Test
    void aKeyDatedInTheFutureIsPublishedAtOnceButSignsOnlyFromItsDate() throws Exception {
        Path keystore = folder.resolve("signing.p12");
        keytool("-genkeypair", "-keystore", keystore, "-alias", "current", "-startdate", "-1d");
        keytool("-genkeypair", "-keystore", keystore, "-alias", "next", "-startdate", "+7d");
        KeyRing ring = ring(keystore);

        assertEquals(2, ring.published().getKeys().size());
        assertEquals("current", ring.signer(Instant.now()).orElseThrow().alias());
        assertEquals("next", ring.signer(Instant.now().plusSeconds(8 * 86400)).orElseThrow().alias());
    }

    @Test
    void aRetiredKeyKeptAsACertificateStillVerifiesButNoLongerSigns() throws Exception {
        Path keystore = folder.resolve("signing.p12");
        keytool("-genkeypair", "-keystore", keystore, "-alias", "old", "-startdate", "-2d");
        String old = ring(keystore).sign("innovator-passport+jws", "https://passport.example", CONTENT, Instant.now());
        Path certificate = folder.resolve("old.cer");
        keytool("-exportcert", "-keystore", keystore, "-alias", "old", "-file", certificate);
        keytool("-delete", "-keystore", keystore, "-alias", "old");
        keytool("-importcert", "-noprompt", "-keystore", keystore, "-alias", "old-retired", "-file", certificate);
        keytool("-genkeypair", "-keystore", keystore, "-alias", "new", "-startdate", "-1d");

        KeyRing ring = ring(keystore);

        assertTrue(ring.check(old).valid(), "the retired key still vouches for what it signed");
        assertEquals("new", ring.signer(Instant.now()).orElseThrow().alias());
    }

    @Test
    void aChangedCharacterOrAnUnknownKeyIsRefusedWithAReason() throws Exception {
        Path keystore = folder.resolve("signing.p12");
        keytool("-genkeypair", "-keystore", keystore, "-alias", "only", "-startdate", "-1d");
        KeyRing ring = ring(keystore);
        String jws = ring.sign("innovator-passport+jws", "https://passport.example", CONTENT, Instant.now());
        int at = jws.indexOf('.') + 3;
        String tampered = jws.substring(0, at) + (jws.charAt(at) == 'A' ? 'B' : 'A') + jws.substring(at + 1);

        SignatureCheck refused = ring.check(tampered);
        assertFalse(refused.valid());
        assertTrue(refused.problem().contains("changed after signing"), refused.problem());
        assertFalse(ring.check("not a jws").valid());
        assertFalse(ring.check(null).valid());

        Path other = folder.resolve("other.p12");
        keytool("-genkeypair", "-keystore", other, "-alias", "stranger", "-startdate", "-1d");
        SignatureCheck unknown = ring.check(ring(other).sign("innovator-passport+jws", "https://forger.example", CONTENT, Instant.now()));
        assertFalse(unknown.valid());
        assertTrue(unknown.problem().startsWith("no published key"), unknown.problem());
    }

    @Test
    void aKeystoreWithoutAnEcP256KeyIsRefused() throws Exception {
        Path keystore = folder.resolve("rsa.p12");
        keytool("-genkeypair", "-keystore", keystore, "-alias", "rsa", "-keyalg", "RSA", "-keysize", "2048");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ring(keystore));
        assertTrue(refused.getMessage().contains("EC P-256"), refused.getMessage());
    }

    private static KeyRing ring(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return KeyRing.of(store, PASSWORD.toCharArray());
    }

    /** Runs the JDK's keytool as an operator would; EC P-256 unless the arguments say otherwise. */
    private static void keytool(Object... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        for (Object arg : args) {
            command.add(arg.toString());
        }
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        if (command.contains("-genkeypair")) {
            if (!command.contains("-keyalg")) {
                command.addAll(List.of("-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA"));
            }
            command.addAll(List.of("-dname", "CN=Innovator Passport signing key", "-validity", "3650"));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "keytool finished");
        assertEquals(0, process.exitValue(), String.join(" ", command) + "\n" + output);
    }
}
