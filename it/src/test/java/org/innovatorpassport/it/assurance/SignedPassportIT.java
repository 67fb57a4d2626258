package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A passport that anyone can check without asking the server: signed at issue (ES256), checked with
 * nothing but the keys published at /.well-known/jwks.json, by a JOSE library or by the offline
 * command a user runs; one changed byte breaks it; its status stays online; its certificate carries
 * a QR code of its verification address; and a passport from before signing is signed at start only
 * if its old digest still vouches for it.
 */
@ExtendWith(ArquillianExtension.class)
class SignedPassportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path folder;

    @Test
    void aSignedPassportIsCheckedOfflineWhileItsStatusStaysOnline() throws Exception {
        JsonObject issued = IssuedPassports.issue(base, "Report every incident to the assurance body within 48 hours");
        String passportId = Views.text(issued, "id");
        String code = Views.text(issued, "code");
        JsonObject passport = Http.as(base, Demo.TRUST).get("/api/passports/" + passportId).json();
        JsonObject signature = Views.object(passport, "signature");
        String jws = Views.text(signature, "jws");
        assertTrue(Views.flag(signature, "valid"), passport.toString());

        Reply published = Http.anonymous(base).get("/.well-known/jwks.json");
        assertEquals(200, published.status(), published.body());
        assertTrue(published.header("Content-Type").startsWith("application/jwk-set+json"), published.header("Content-Type"));
        JWKSet keys = JWKSet.parse(published.body());
        assertTrue(keys.getKeys().stream().noneMatch(k -> k.isPrivate()), "only public keys are published");

        JsonObject covered = verifiedWithThePublishedKeysAlone(jws, keys, signature);
        assertEquals(code, covered.getString("code"));
        assertEquals(passportId, covered.getString("id"));
        assertEquals(Views.text(passport, "productName"), covered.getJsonObject("product").getString("name"));
        assertEquals(Views.text(passport, "supplierName"), covered.getJsonObject("supplier").getString("name"));
        assertEquals(List.of("Report every incident to the assurance body within 48 hours"), Views.strings(covered, "conditions"));
        assertEquals(Views.objects(Views.array(passport, "evidence")).stream().map(e -> Views.text(e, "sha256")).sorted().toList(),
                Views.objects(covered.getJsonArray("evidence")).stream().map(e -> e.getString("sha256")).sorted().toList(),
                "it covers every evidence item by its hash");
        assertFalse(covered.containsKey("status"), "the status is not signed: it changes, and is answered online");
        oneChangedByteBreaksIt(jws, keys);

        Reply verified = Http.anonymous(base).get("/api/verify/" + code);
        assertEquals(jws, Views.text(Views.object(verified.json(), "signature"), "jws"), "public verification carries the signed passport");
        Reply download = Http.anonymous(base).get("/api/verify/" + code + "/signed");
        assertEquals(200, download.status(), download.body());
        assertTrue(download.header("Content-Type").startsWith("application/jose"), download.header("Content-Type"));
        assertEquals(jws, download.body());
        theOfflineCommandVerifiesItAndRejectsATamperedCopy(jws, published.body(), Views.text(passport, "productName"));
        theCertificateCarriesAQrCodeOfItsVerificationAddress(passportId, code);

        Reply suspended = Http.as(base, Demo.ASSESSOR).post("/api/passports/" + passportId + "/suspension",
                Json.createObjectBuilder().add("reason", "Clinical safety officer has left and is not replaced").build().toString());
        assertEquals(200, suspended.status(), suspended.body());
        JsonObject verification = Http.anonymous(base).get("/api/verify/" + code).json();
        assertFalse(Views.flag(verification, "valid"), "a suspended passport is not valid, however good its signature: " + verification);
        assertEquals("SUSPENDED", Views.text(verification, "status"));
        assertTrue(Views.text(verification, "reason").startsWith("Suspended"), verification.toString());
        assertTrue(Views.flag(Views.object(verification, "signature"), "valid"), "the signature itself still holds");
        assertEquals(jws, Views.text(Views.object(verification, "signature"), "jws"), "suspension changes nothing that is signed");
    }

    @Test
    void aPassportFromBeforeSigningIsSignedOnlyIfItsOldDigestStillVouchesForIt() throws Exception {
        JsonObject issued = IssuedPassports.issue(base, "Use only with NHS login");
        UUID passportId = UUID.fromString(Views.text(issued, "id"));
        String code = Views.text(issued, "code");
        Http admin = Http.as(base, Demo.ADMIN);

        try (Connection db = database()) {
            RetiredDigests.unsign(db, passportId, false);
        }
        JsonObject unsigned = Http.anonymous(base).get("/api/verify/" + code).json();
        assertFalse(Views.flag(unsigned, "valid"), unsigned.toString());
        assertTrue(Views.text(unsigned, "reason").contains("signature"), unsigned.toString());
        assertEquals(404, Http.anonymous(base).get("/api/verify/" + code + "/signed").status());
        admin.post("/api/admin/passport-signatures", null);
        assertFalse(Views.flag(Http.anonymous(base).get("/api/verify/" + code).json(), "valid"),
                "a passport whose old digest does not match its content is not signed");

        try (Connection db = database()) {
            RetiredDigests.unsign(db, passportId, true);
        }
        Reply signing = admin.post("/api/admin/passport-signatures", null);
        assertEquals(200, signing.status(), signing.body());
        assertTrue(signing.json().getInt("signed") >= 1, signing.body());
        JsonObject signed = Http.anonymous(base).get("/api/verify/" + code).json();
        assertTrue(Views.flag(signed, "valid"), signed.toString());
        JsonObject signature = Views.object(signed, "signature");
        verifiedWithThePublishedKeysAlone(Views.text(signature, "jws"),
                JWKSet.parse(Http.anonymous(base).get("/.well-known/jwks.json").body()), signature);
        assertEquals(0, admin.post("/api/admin/passport-signatures", null).json().getInt("signed"), "signing again signs nothing twice");
    }

    /** Checks the JWS as an outsider would, with a JOSE library and the JWK Set; answers what it covers. */
    private static JsonObject verifiedWithThePublishedKeysAlone(String jws, JWKSet keys, JsonObject signature) throws Exception {
        JWSObject parsed = JWSObject.parse(jws);
        assertEquals(JWSAlgorithm.ES256, parsed.getHeader().getAlgorithm());
        assertEquals(Views.text(signature, "keyId"), parsed.getHeader().getKeyID(), "the key id is in the protected header");
        assertEquals(Views.text(signature, "issuer"), parsed.getHeader().getCustomParam("iss"), "so is the issuer");
        ECKey key = (ECKey) keys.getKeyByKeyId(parsed.getHeader().getKeyID());
        assertTrue(key != null, "the signing key is published: " + keys);
        assertTrue(parsed.verify(new ECDSAVerifier(key)), "the signature verifies with the published key");
        try (var reader = Json.createReader(new StringReader(parsed.getPayload().toString()))) {
            return reader.readObject();
        }
    }

    private static void oneChangedByteBreaksIt(String jws, JWKSet keys) throws Exception {
        int at = jws.indexOf('.') + 20;
        String tampered = jws.substring(0, at) + (jws.charAt(at) == 'A' ? 'B' : 'A') + jws.substring(at + 1);
        JWSObject parsed = JWSObject.parse(tampered);
        assertFalse(parsed.verify(new ECDSAVerifier((ECKey) keys.getKeyByKeyId(parsed.getHeader().getKeyID()))),
                "one changed byte of the content breaks the signature");
    }

    private void theOfflineCommandVerifiesItAndRejectsATamperedCopy(String jws, String jwks, String productName) throws Exception {
        Path keys = Files.writeString(folder.resolve("jwks.json"), jwks);
        Path good = Files.writeString(folder.resolve("passport.jws"), jws);
        Command valid = verifyPassport(good, keys);
        assertEquals(0, valid.exit(), valid.output());
        assertTrue(valid.output().contains("Signature valid, signed by"), valid.output());
        assertTrue(valid.output().contains(productName), "it prints what the passport covers: " + valid.output());

        int at = jws.indexOf('.') + 30;
        Path tampered = Files.writeString(folder.resolve("tampered.jws"),
                jws.substring(0, at) + (jws.charAt(at) == 'A' ? 'B' : 'A') + jws.substring(at + 1));
        Command refused = verifyPassport(tampered, keys);
        assertEquals(1, refused.exit(), refused.output());
        assertTrue(refused.output().contains("NOT VALID"), refused.output());
        assertFalse(refused.output().contains(productName), "nothing of a tampered passport is vouched for: " + refused.output());
    }

    private void theCertificateCarriesAQrCodeOfItsVerificationAddress(String passportId, String code) {
        Reply certificate = Http.as(base, Demo.TRUST).get("/api/passports/" + passportId + "/certificate");
        assertEquals(200, certificate.status(), certificate.body());
        String address = Stack.env("PASSPORT_PUBLIC_URL", base.toString()).replaceAll("/+$", "") + "/verify/" + code;
        assertEquals(List.of(address), QrCodes.in(certificate.bytes()), "the QR code reads as the verification address");
        Reply page = Http.anonymous(base).get("/verify/" + code);
        assertEquals(200, page.status(), "a phone that follows it finds the verification page: " + page);
        assertTrue(page.body().contains("Signature valid, signed by"), page.body());
    }

    /** infra/verify-passport as a user runs it. */
    private static Command verifyPassport(Path passport, Path keys) throws Exception {
        Path root = Path.of(System.getProperty("passport.root", ".."));
        Process process = new ProcessBuilder("bash", root.resolve("infra/verify-passport").toString(), passport.toString(),
                keys.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "infra/verify-passport finished: " + output);
        return new Command(process.exitValue(), output);
    }

    private static Connection database() throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(Stack.env("PASSPORT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/passport_test"));
        dataSource.setUser(Stack.env("PASSPORT_DB_USER", "passport"));
        dataSource.setPassword(Stack.env("PASSPORT_DB_PASSWORD", "passport"));
        return dataSource.getConnection();
    }

    private record Command(int exit, String output) {
    }
}
