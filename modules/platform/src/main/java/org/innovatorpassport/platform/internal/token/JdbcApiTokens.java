package org.innovatorpassport.platform.internal.token;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.innovatorpassport.platform.api.ApiScope;
import org.innovatorpassport.platform.api.ApiTokens;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.OrganisationKind;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.platform.api.Validity;

@ApplicationScoped
class JdbcApiTokens implements ApiTokens {
    /** Roles a token never carries: administering people and organisations needs a person. */
    private static final Set<String> PERSONAL_ROLES = Set.of(Roles.ADMIN, Roles.SUPPLIER_ADMIN);
    private static final String COLUMNS = "t.id, t.name, t.scopes, u.email, t.created_at, t.expires_at, t.revoked_at, t.last_used_at";

    @Resource(lookup = "java:jboss/datasources/PassportDS")
    DataSource dataSource;

    @Inject
    Callers callers;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Override
    public boolean mayManage(Caller caller) {
        // Suppliers have an administrator role; trusts, boards and assurance bodies have none yet, so any member may.
        return caller.hasRole(Roles.SUPPLIER_ADMIN) || caller.organisationKind() != OrganisationKind.SUPPLIER
                && caller.organisationKind() != OrganisationKind.PLATFORM;
    }

    @Override
    @Transactional
    public IssuedApiToken create(NewApiToken request) {
        Caller caller = manager();
        Validity.require(validator, request);
        for (ApiScope scope : request.scopes()) {
            if (scope.requiredRole() != null && !caller.hasRole(scope.requiredRole())) {
                throw Problem.invalid("scopes", "Your organisation cannot give a token the scope " + scope.code());
            }
        }
        Instant expires = request.expiresOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        if (expires.isAfter(clock.instant().plusSeconds(366L * 24 * 3600))) {
            throw Problem.invalid("expiresOn", "A token may last a year at most");
        }
        String secret = TokenSecret.generate();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement taken = connection.prepareStatement(
                    "select 1 from platform.api_token where organisation_id = ? and name = ? and revoked_at is null")) {
                taken.setObject(1, caller.organisationId());
                taken.setString(2, request.name().trim());
                try (ResultSet rows = taken.executeQuery()) {
                    if (rows.next()) {
                        throw Problem.invalid("name", "Your organisation already has a token called " + request.name().trim());
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into platform.api_token "
                    + "(id, organisation_id, name, token_hash, scopes, created_by, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setObject(2, caller.organisationId());
                insert.setString(3, request.name().trim());
                insert.setString(4, TokenSecret.hash(secret));
                insert.setString(5, codes(request.scopes()));
                insert.setObject(6, caller.userId());
                insert.setTimestamp(7, Timestamp.from(now));
                insert.setTimestamp(8, Timestamp.from(expires));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store an API token", e);
        }
        audit.record("api-token.created", "api-token", id, request.name().trim() + " with " + codes(request.scopes())
                + ", expires " + request.expiresOn());
        return new IssuedApiToken(new ApiTokenView(id, request.name().trim(), EnumSet.copyOf(request.scopes()), caller.email(),
                now, expires, null, null), secret);
    }

    @Override
    @Transactional
    public List<ApiTokenView> ofMyOrganisation() {
        Caller caller = manager();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from platform.api_token t "
                     + "join platform.user_account u on u.id = t.created_by where t.organisation_id = ? order by t.created_at desc")) {
            select.setObject(1, caller.organisationId());
            List<ApiTokenView> tokens = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tokens.add(view(rows));
                }
            }
            return tokens;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read API tokens", e);
        }
    }

    @Override
    @Transactional
    public void revoke(UUID id) {
        Caller caller = manager();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update platform.api_token set revoked_at = coalesce(revoked_at, ?) "
                     + "where id = ? and organisation_id = ? returning name")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setObject(2, id);
            update.setObject(3, caller.organisationId());
            try (ResultSet rows = update.executeQuery()) {
                if (!rows.next()) {
                    throw Problem.notFound("API token " + id);
                }
                audit.record("api-token.revoked", "api-token", id, rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not revoke an API token", e);
        }
    }

    @Override
    public TokenCheck check(String secret) {
        if (!TokenSecret.wellFormed(secret)) {
            return TokenCheck.refused(TokenCheck.Verdict.UNKNOWN);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select t.id, t.name, t.scopes, t.expires_at, t.revoked_at, "
                     + "u.email, u.roles, u.active from platform.api_token t join platform.user_account u on u.id = t.created_by "
                     + "where t.token_hash = ?")) {
            select.setString(1, TokenSecret.hash(secret));
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return TokenCheck.refused(TokenCheck.Verdict.UNKNOWN);
                }
                if (rows.getTimestamp(5) != null) {
                    return TokenCheck.refused(TokenCheck.Verdict.REVOKED);
                }
                if (!rows.getTimestamp(4).toInstant().isAfter(clock.instant())) {
                    return TokenCheck.refused(TokenCheck.Verdict.EXPIRED);
                }
                if (!rows.getBoolean(8)) {
                    return TokenCheck.refused(TokenCheck.Verdict.OWNER_INACTIVE);
                }
                Set<String> roles = new TreeSet<>(Arrays.asList(rows.getString(7).split(",")));
                roles.removeAll(PERSONAL_ROLES);
                return new TokenCheck(TokenCheck.Verdict.VALID, rows.getObject(1, UUID.class), rows.getString(2),
                        rows.getString(6), roles, scopes(rows.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check an API token", e);
        }
    }

    @Override
    @Transactional
    public void recordUse(UUID tokenId, String method, String path, int status) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update platform.api_token set last_used_at = ? where id = ? returning name")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setObject(2, tokenId);
            try (ResultSet rows = update.executeQuery()) {
                if (rows.next()) {
                    audit.record("api-token.used", "api-token", tokenId, "API token " + rows.getString(1) + ": "
                            + method + " " + path + " answered " + status);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the use of an API token", e);
        }
    }

    private Caller manager() {
        Caller caller = callers.current().orElseThrow(() -> new Problem(401, "unauthenticated", "Sign in required",
                "Sign in to manage API tokens."));
        if (!mayManage(caller)) {
            throw Problem.forbidden("Only your organisation's administrator can manage API tokens.");
        }
        return caller;
    }

    private static ApiTokenView view(ResultSet rows) throws SQLException {
        return new ApiTokenView(rows.getObject(1, UUID.class), rows.getString(2), scopes(rows.getString(3)), rows.getString(4),
                instant(rows.getTimestamp(5)), instant(rows.getTimestamp(6)), instant(rows.getTimestamp(7)), instant(rows.getTimestamp(8)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String codes(Set<ApiScope> scopes) {
        return scopes.stream().map(ApiScope::code).sorted().collect(Collectors.joining(","));
    }

    private static Set<ApiScope> scopes(String codes) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String code : codes.split(",")) {
            ApiScope.of(code).ifPresent(scopes::add);
        }
        return scopes;
    }
}
