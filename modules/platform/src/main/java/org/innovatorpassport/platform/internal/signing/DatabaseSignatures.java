package org.innovatorpassport.platform.internal.signing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.innovatorpassport.platform.api.Signatures;

/**
 * Keys live in {@code platform.signing_key}: the first node to need one creates it, every node
 * reads the same row, so signatures agree across the cluster and survive restarts.
 */
@ApplicationScoped
class DatabaseSignatures implements Signatures {

    @Resource(lookup = "java:jboss/datasources/PassportDS")
    DataSource dataSource;

    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    @Override
    public String sign(String keyName, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.computeIfAbsent(keyName, this::load), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] load(String name) {
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
