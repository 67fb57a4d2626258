package org.innovatorpassport.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code infra/verify-passport passport.jws [jwks.json | URL]}: checks a downloaded signed passport
 * against the published keys and prints what it covers. Exits 0 when the signature holds, 1 when it
 * does not (a changed file, an unknown key), 2 when the files cannot be read. Without a second
 * argument the keys are fetched from the issuer's {@code /.well-known/jwks.json}; with a saved
 * JWK Set file no network is needed at all.
 */
public final class VerifyPassport {
    static final int VALID = 0;
    static final int NOT_VALID = 1;
    static final int UNUSABLE = 2;

    private VerifyPassport() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The whole check, with its output streams given, so a test can run it in-process. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2 || args[0].startsWith("-")) {
            err.println("usage: verify-passport passport.jws [jwks.json | https://.../.well-known/jwks.json]");
            err.println("  passport.jws  the signed passport: a compact JWS, or the JSON of /api/verify/{code} or /api/passports/{id}");
            err.println("  jwks.json     the published keys (a saved /.well-known/jwks.json, or its address);");
            err.println("                without it they are fetched from the passport's issuer");
            return UNUSABLE;
        }
        SignedPassport passport;
        PublishedKeys keys;
        try {
            passport = SignedPassport.read(Path.of(args[0]));
            keys = args.length == 2 ? PublishedKeys.from(args[1]) : PublishedKeys.ofIssuer(passport.issuer());
        } catch (NotAPassport e) {
            err.println("NOT VALID: " + e.getMessage());
            return NOT_VALID;
        } catch (IOException | IllegalArgumentException e) {
            err.println("Cannot check: " + e.getMessage());
            return UNUSABLE;
        }
        try {
            CoveredPassport covered = passport.verifiedBy(keys);
            out.println("Signature valid, signed by " + passport.issuer() + " with key " + passport.keyId() + " (ES256).");
            covered.print(out);
            out.println();
            out.println("The status (issued, suspended, revoked, expired) is not part of the signature: check it online at");
            out.println("  " + covered.verificationAddress(passport.issuer()));
            return VALID;
        } catch (NotAPassport e) {
            err.println("NOT VALID: " + e.getMessage());
            return NOT_VALID;
        }
    }
}
