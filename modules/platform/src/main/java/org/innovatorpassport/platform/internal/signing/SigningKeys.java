package org.innovatorpassport.platform.internal.signing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Creates or reads a named key in a transaction of its own: a key must be stored before any node
 * signs with it, whatever happens to the transaction that first needed it.
 */
@ApplicationScoped
class SigningKeys {

    @Resource(lookup = "java:jboss/datasources/PassportDS")
    DataSource dataSource;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] load(String name) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("insert into platform.signing_key (name, secret, created_at) "
                    + "values (?, ?, ?) on conflict (name) do nothing")) {
                insert.setString(1, name);
                insert.setBytes(2, fresh);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("select secret from platform.signing_key where name = ?")) {
                select.setString(1, name);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getBytes(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not load signing key " + name, e);
        }
    }
}
