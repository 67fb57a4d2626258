package org.innovatorpassport.platform.internal.identity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.innovatorpassport.platform.api.Credentials;

/**
 * Sign-in checks that hold under a flood of guesses. Order matters: a blocked account or address is
 * refused before any hashing, from memory when this node already knows the block (the database
 * is read only when it does not, and written only when a guess was really checked); only then does a
 * guess queue for one of the few hashing permits, and one that would queue too long is refused at
 * once. An API client sending the same right password on every call is remembered briefly by a
 * digest of what it sent (never the password), and re-checked against the account each time, so a
 * deactivation or a new password applies at once.
 */
@ApplicationScoped
class ThrottledCredentials implements Credentials {
    private static final Duration REMEMBER = Duration.ofSeconds(60);

    @Resource(lookup = "java:jboss/datasources/PassportDS")
    DataSource dataSource;

    @Inject
    JpaDirectory directory;

    @Inject
    PasswordHashing passwords;

    @Inject
    SignInLimits limits;

    @Inject
    Clock clock;

    private RefusalPause pauses;
    private final Map<String, Remembered> recentlyVerified = new ConcurrentHashMap<>();
    private final KnownBlocks knownBlocks = new KnownBlocks();

    @PostConstruct
    void start() {
        pauses = new RefusalPause(limits.refusalPause(), limits.pausedAtOnce());
    }

    @Override
    public Check check(String email, String password, String clientAddress) {
        String normalised = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        String address = clientAddress == null ? "unknown" : clientAddress;
        if (normalised.isEmpty() || password == null || normalised.length() > 320 || password.length() > 1000) {
            return new Refused();
        }
        Instant now = clock.instant();
        String key = DatabaseSessions.digest(normalised + "\u0000" + password);
        Remembered remembered = recentlyVerified.get(key);
        if (remembered != null && remembered.until.isAfter(now)) {
            Optional<UserAccount> account = directory.account(normalised);
            if (account.isPresent() && account.get().active && account.get().passwordHash.equals(remembered.passwordHash)) {
                return new Accepted(account.get().id, account.get().email, account.get().roleSet());
            }
            recentlyVerified.remove(key);
        }
        String accountSubject = "account:" + normalised;
        String addressSubject = "address:" + address;
        Optional<Duration> wait = blocked(now, accountSubject, addressSubject);
        if (wait.isPresent()) {
            return pausedRefusal(wait.get());
        }
        Optional<UserAccount> account = directory.account(normalised);
        boolean matches;
        try {
            matches = passwords.matches(password, account.map(a -> a.passwordHash).orElseGet(passwords::decoy));
        } catch (PasswordHashing.Busy busy) {
            return new Throttled(1);
        }
        now = clock.instant();
        if (account.isEmpty() || !account.get().active || !matches) {
            recordFailure(now, normalised, account.map(a -> a.id).orElse(null), address, accountSubject, addressSubject);
            return new Refused();
        }
        reset(accountSubject);
        if (recentlyVerified.size() > 10_000) {
            recentlyVerified.clear();
        }
        recentlyVerified.put(key, new Remembered(account.get().passwordHash, now.plus(REMEMBER)));
        return new Accepted(account.get().id, account.get().email, account.get().roleSet());
    }

    private Throttled pausedRefusal(Duration wait) {
        return new Throttled(seconds(wait.minus(pauses.hold(wait))));
    }

    private Optional<Duration> blocked(Instant now, String... subjects) {
        Optional<Instant> known = knownBlocks.confirmed(now, subjects);
        if (known.isPresent()) {
            return Optional.of(Duration.between(now, known.get()));
        }
        Map<String, Instant> blocked = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("select subject, blocked_until from platform.sign_in_throttle "
                     + "where subject = any (?) and blocked_until > ?")) {
            select.setArray(1, c.createArrayOf("text", subjects));
            select.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    blocked.put(rows.getString(1), rows.getTimestamp(2).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read sign-in throttling", e);
        }
        knownBlocks.read(now, blocked, subjects);
        return blocked.values().stream().max(Instant::compareTo).map(until -> Duration.between(now, until));
    }

    private void recordFailure(Instant now, String email, UUID userId, String address, String accountSubject,
                               String addressSubject) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("insert into platform.sign_in_failure "
                    + "(id, email, user_id, address, failed_at) values (?, ?, ?, ?, ?)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, email);
                insert.setObject(3, userId);
                insert.setString(4, address);
                insert.setTimestamp(5, Timestamp.from(now));
                insert.executeUpdate();
            }
            count(c, now, accountSubject, limits.freeFailuresPerAccount());
            count(c, now, addressSubject, limits.freeFailuresPerAddress());
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a failed sign-in", e);
        }
    }

    private void count(Connection c, Instant now, String subject, int free) throws SQLException {
        int failures;
        try (PreparedStatement upsert = c.prepareStatement("insert into platform.sign_in_throttle "
                + "(subject, failures, last_failure_at, blocked_until) values (?, 1, ?, null) "
                + "on conflict (subject) do update set failures = case when sign_in_throttle.last_failure_at < ? then 1 "
                + "else sign_in_throttle.failures + 1 end, last_failure_at = excluded.last_failure_at returning failures")) {
            upsert.setString(1, subject);
            upsert.setTimestamp(2, Timestamp.from(now));
            upsert.setTimestamp(3, Timestamp.from(now.minus(limits.forgetFailuresAfter())));
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                failures = row.getInt(1);
            }
        }
        Duration wait = limits.backoff(failures, free);
        if (!wait.isZero()) {
            Instant until = now.plus(wait);
            try (PreparedStatement block = c.prepareStatement(
                    "update platform.sign_in_throttle set blocked_until = ? where subject = ?")) {
                block.setTimestamp(1, Timestamp.from(until));
                block.setString(2, subject);
                block.executeUpdate();
            }
            knownBlocks.learned(now, subject, until);
        }
    }

    private void reset(String subject) {
        knownBlocks.cleared(subject);
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("delete from platform.sign_in_throttle where subject = ?")) {
            delete.setString(1, subject);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not reset sign-in throttling", e);
        }
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private record Remembered(String passwordHash, Instant until) {
    }
}
