package org.innovatorpassport.platform.api;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * API tokens for integrators, so that a program never signs in with a person's password. A token
 * belongs to an organisation, is shown once when created and kept only as a hash; it acts with its
 * creator's current roles, narrowed to its scopes, until it expires or is revoked.
 */
public interface ApiTokens {

    /** Creates a token for the caller's organisation; the secret is in the answer and nowhere else. */
    IssuedApiToken create(NewApiToken request);

    /** The tokens of the caller's organisation, newest first, without their secrets. */
    List<ApiTokenView> ofMyOrganisation();

    void revoke(UUID id);

    /** Whether the caller may manage its organisation's tokens. */
    boolean mayManage(Caller caller);

    /** What a presented secret is worth: checked on every request, with no caching, so a revocation holds at once. */
    TokenCheck check(String secret);

    /** Counts a use of a token (its last-used time) and audits the call under the token's name. */
    void recordUse(UUID tokenId, String method, String path, int status);

    record NewApiToken(
            @NotBlank(message = "Enter a name for the token")
            @Size(max = 80, message = "The name must be 80 characters or fewer") String name,
            @NotEmpty(message = "Select at least one scope") Set<ApiScope> scopes,
            @NotNull(message = "Enter the date the token expires")
            @Future(message = "The expiry date must be in the future") LocalDate expiresOn) {

        /** The expiry as typed on the page or sent to the API (an ISO date, or blank), read one way for both. */
        public static LocalDate expiryOf(String typed) {
            if (typed == null || typed.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(typed.trim());
            } catch (DateTimeParseException e) {
                throw Problem.invalid("expiresOn", "Enter the expiry date as a date, like 2027-06-30");
            }
        }
    }

    record IssuedApiToken(ApiTokenView token, String secret) {
    }

    record ApiTokenView(UUID id, String name, Set<ApiScope> scopes, String createdBy, Instant createdAt,
                        Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
        public boolean usable(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** The verdict on a presented token: why it is refused, or whom it acts for and how far. */
    record TokenCheck(Verdict verdict, UUID tokenId, String tokenName, String actingEmail, Set<String> roles,
                      Set<ApiScope> scopes) {
        public enum Verdict { VALID, UNKNOWN, EXPIRED, REVOKED, OWNER_INACTIVE }

        public static TokenCheck refused(Verdict verdict) {
            return new TokenCheck(verdict, null, null, null, Set.of(), Set.of());
        }

        public boolean valid() {
            return verdict == Verdict.VALID;
        }

        public boolean allows(String method, String path) {
            return scopes.stream().anyMatch(scope -> scope.allows(method, path));
        }
    }
}
