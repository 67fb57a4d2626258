package org.innovatorpassport.platform.internal.identity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.innovatorpassport.platform.api.Sessions;

/**
 * Sessions as rows of platform.user_session, read on every request together with the user's current
 * roles and active flag: nothing is cached on a node, so a session that ends, a deactivation or a
 * change of roles applies to the very next request on every node.
 */
@ApplicationScoped
class DatabaseSessions implements Sessions {
    /** Last-seen is written at most this often, so reading a page is not a write each time. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = "java:jboss/datasources/PassportDS")
    DataSource dataSource;

    @Inject
    SignInLimits limits;

    @Inject
    Clock clock;

    @Override
    public Opened open(UUID userId) {
        String token = randomToken();
        String formToken = randomToken();
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement prune = c.prepareStatement(
                    "delete from platform.user_session where expires_at < ? or last_seen_at < ?")) {
                prune.setTimestamp(1, Timestamp.from(now));
                prune.setTimestamp(2, Timestamp.from(now.minus(limits.idle())));
                prune.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into platform.user_session "
                    + "(token_hash, user_id, form_token, created_at, last_seen_at, expires_at) values (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, digest(token));
                insert.setObject(2, userId);
                insert.setString(3, formToken);
                insert.setTimestamp(4, Timestamp.from(now));
                insert.setTimestamp(5, Timestamp.from(now));
                insert.setTimestamp(6, Timestamp.from(now.plus(limits.absolute())));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not open a session", e);
        }
        return new Opened(token, formToken);
    }

    @Override
    public Optional<Active> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = digest(token);
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("select s.user_id, s.form_token, s.last_seen_at, s.expires_at, "
                     + "u.email, u.roles, u.active from platform.user_session s join platform.user_account u on u.id = s.user_id "
                     + "where s.token_hash = ?")) {
            select.setString(1, hash);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Instant lastSeen = row.getTimestamp("last_seen_at").toInstant();
                Instant expires = row.getTimestamp("expires_at").toInstant();
                if (!row.getBoolean("active") || !expires.isAfter(now) || !lastSeen.plus(limits.idle()).isAfter(now)) {
                    delete(c, hash);
                    return Optional.empty();
                }
                if (lastSeen.plus(TOUCH_EVERY).isBefore(now)) {
                    try (PreparedStatement touch = c.prepareStatement(
                            "update platform.user_session set last_seen_at = ? where token_hash = ?")) {
                        touch.setTimestamp(1, Timestamp.from(now));
                        touch.setString(2, hash);
                        touch.executeUpdate();
                    }
                }
                return Optional.of(new Active(row.getObject("user_id", UUID.class), row.getString("email"),
                        new TreeSet<>(Arrays.asList(row.getString("roles").split(","))), row.getString("form_token")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a session", e);
        }
    }

    @Override
    public void end(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            delete(c, digest(token));
        } catch (SQLException e) {
            throw new IllegalStateException("could not end a session", e);
        }
    }

    private static void delete(Connection c, String hash) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("delete from platform.user_session where token_hash = ?")) {
            delete.setString(1, hash);
            delete.executeUpdate();
        }
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
