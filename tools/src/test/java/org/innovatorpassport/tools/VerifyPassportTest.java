package org.innovatorpassport.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyPassportTest {
    private static final String CONTENT = "{\"assessor\":\"Alex Assessor\",\"assuranceBody\":\"National Digital Assurance Service\","
            + "\"code\":\"IP-ABCD-EFGH\",\"conditions\":[\"Patients must sign in with NHS login.\"],\"evidence\":[{\"expiresOn\":\"2027-06-30\","
            + "\"id\":\"0b6f1c2a-0000-4000-8000-000000000001\",\"issuedOn\":\"2026-06-01\",\"issuer\":\"NHS England\",\"reference\":\"DSP-1\","
            + "\"sha256\":\"9b2f6c0d4e8a1f3b5c7d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d\",\"signedOffBy\":\"Alex Assessor\","
            + "\"type\":\"DSPT_ASSESSMENT\"}],\"expiresOn\":\"2027-06-30\",\"format\":\"innovator-passport/1\","
            + "\"id\":\"6f1c2a9e-3b7d-4f0a-9c55-0d2e8b7a4c11\",\"issuedOn\":\"2026-07-01\",\"product\":{\"id\":\"p\",\"name\":\"BreatheWell\","
            + "\"version\":\"2.1\"},\"supersedes\":[],\"supplier\":{\"id\":\"s\",\"name\":\"Brightwell Digital Health Ltd\"},"
            + "\"template\":{\"id\":\"dtac\",\"version\":\"2\"}}";

    @TempDir
    Path folder;

    @Test
    void aGenuinePassportVerifiesWithTheKeysAloneAndSaysWhatItCovers() throws Exception {
        ECKey key = key();
        Path passport = write("passport.jws", sign(key, CONTENT));
        Path keys = write("jwks.json", new JWKSet(List.of(key(), key.toPublicJWK())).toString(true));

        Result result = run(passport.toString(), keys.toString());

        assertEquals(VerifyPassport.VALID, result.code(), result.err());
        assertTrue(result.out().contains("Signature valid, signed by https://passport.example with key " + key.getKeyID()), result.out());
        assertTrue(result.out().contains("BreatheWell, version 2.1"), result.out());
        assertTrue(result.out().contains("Brightwell Digital Health Ltd"), result.out());
        assertTrue(result.out().contains("DSPT_ASSESSMENT, reference DSP-1"), result.out());
        assertTrue(result.out().contains("Patients must sign in with NHS login."), result.out());
        assertTrue(result.out().contains("https://passport.example/verify/IP-ABCD-EFGH"), "it says where the status is: " + result.out());
    }

    @Test
    void oneChangedCharacterAnywhereMakesItNotValid() throws Exception {
        ECKey key = key();
        String jws = sign(key, CONTENT);
        Path keys = write("jwks.json", new JWKSet(key.toPublicJWK()).toString());
        int payloadStart = jws.indexOf('.') + 1;
        for (int at : new int[] {payloadStart + 40, jws.lastIndexOf('.') + 5, 10}) {
            char changed = jws.charAt(at) == 'A' ? 'B' : 'A';
            Path tampered = write("tampered-" + at + ".jws", jws.substring(0, at) + changed + jws.substring(at + 1));

            Result result = run(tampered.toString(), keys.toString());

            assertEquals(VerifyPassport.NOT_VALID, result.code(), "changed at " + at + ": " + result.out());
            assertTrue(result.err().startsWith("NOT VALID"), result.err());
        }
    }

    @Test
    void aPassportSignedByAKeyThatIsNotPublishedIsNotValid() throws Exception {
        Path passport = write("passport.jws", sign(key(), CONTENT));
        Path keys = write("jwks.json", new JWKSet(key().toPublicJWK()).toString());

        Result result = run(passport.toString(), keys.toString());

        assertEquals(VerifyPassport.NOT_VALID, result.code());
        assertTrue(result.err().contains("no key in"), result.err());
    }

    @Test
    void takesTheJsonOfTheVerificationAnswerAsWellAsTheBareJws() throws Exception {
        ECKey key = key();
        String answer = "{\"code\":\"IP-ABCD-EFGH\",\"valid\":true,\"signature\":{\"jws\":\"" + sign(key, CONTENT) + "\",\"valid\":true}}";
        Path passport = write("verification.json", answer);
        Path keys = write("jwks.json", new JWKSet(key.toPublicJWK()).toString());

        assertEquals(VerifyPassport.VALID, run(passport.toString(), keys.toString()).code());
    }

    @Test
    void refusesWhatIsNotAPassportAndExplainsUsage() throws Exception {
        Path keys = write("jwks.json", new JWKSet(key().toPublicJWK()).toString());
        Path text = write("notes.txt", "not a passport at all");

        assertEquals(VerifyPassport.NOT_VALID, run(text.toString(), keys.toString()).code());
        assertEquals(VerifyPassport.UNUSABLE, run().code());
        assertEquals(VerifyPassport.UNUSABLE, run(folder.resolve("missing.jws").toString(), keys.toString()).code());
    }

    private static ECKey key() throws Exception {
        return new ECKeyGenerator(Curve.P_256).keyIDFromThumbprint(true).generate();
    }

    private static String sign(ECKey key, String content) throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(new JOSEObjectType(SignedPassport.TYPE)).customParam("iss", "https://passport.example").build(),
                new Payload(content));
        jws.sign(new ECDSASigner(key));
        return jws.serialize();
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = VerifyPassport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int code, String out, String err) {
    }
}
