package org.innovatorpassport.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The stack's own PostgreSQL, for the few tests that must set up what no API can (an old row, a
 * catalogue too large to write through the API in a test's time).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Runs one statement that changes rows. */
    public static void execute(String sql) throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(Stack.env("PASSPORT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/passport_test"));
        dataSource.setUser(Stack.env("PASSPORT_DB_USER", "passport"));
        dataSource.setPassword(Stack.env("PASSPORT_DB_PASSWORD", "passport"));
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.executeUpdate();
        }
    }
}
