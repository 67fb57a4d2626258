package org.innovatorpassport.platform.internal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a user name and password against the user accounts in PostgreSQL. A PBKDF2 check costs a
 * large fraction of a second on purpose, so an API client sending Basic credentials on every call
 * is checked once and then remembered briefly by a digest of what it sent (never the password).
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {
    private static final long REMEMBER_SECONDS = 120;

    @Inject
    JpaDirectory directory;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    private final Map<String, Remembered> recentlyVerified = new ConcurrentHashMap<>();

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String key = digest(credential.getCaller() + "\u0000" + credential.getPasswordAsString());
        Instant now = clock.instant();
        Remembered remembered = recentlyVerified.get(key);
        if (remembered != null && remembered.until.isAfter(now)) {
            return remembered.result;
        }
        var account = directory.account(credential.getCaller());
        if (account.isEmpty() || !account.get().active
                || !passwords.matches(credential.getPasswordAsString(), account.get().passwordHash)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        var result = new CredentialValidationResult(account.get().email, account.get().roleSet());
        if (recentlyVerified.size() > 10_000) {
            recentlyVerified.clear();
        }
        recentlyVerified.put(key, new Remembered(result, now.plusSeconds(REMEMBER_SECONDS)));
        return result;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Remembered(CredentialValidationResult result, Instant until) {
    }
}
