package org.innovatorpassport.it.assurance;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Puts a passport back as it was before passports were signed: no JWS, and the keyed digest (HMAC
 * over the old pipe-separated layout, with the key the database held) that the migration must check
 * before it signs. Written here from the old definition, not from the application's code, so that
 * a change to the application's copy would show.
 */
final class RetiredDigests {

    private RetiredDigests() {
    }

    static void unsign(Connection db, UUID passport, boolean digestMatches) throws Exception {
        String digest = digestMatches ? digestOf(db, passport) : "0".repeat(64);
        try (PreparedStatement update = db.prepareStatement("update assurance.passport set jws = null, digest = ? where id = ?")) {
            update.setString(1, digest);
            update.setObject(2, passport);
            update.executeUpdate();
        }
    }

    private static String digestOf(Connection db, UUID passport) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret(db), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(canonical(db, passport).getBytes(StandardCharsets.UTF_8)));
    }

    /** The key the retired digests were made with; created as the application would, if no digest was ever made here. */
    private static byte[] secret(Connection db) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into platform.signing_key (name, secret, created_at) "
                + "values ('passport', gen_random_uuid()::text::bytea, now()) on conflict (name) do nothing")) {
            insert.executeUpdate();
        }
        try (PreparedStatement select = db.prepareStatement("select secret from platform.signing_key where name = 'passport'");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getBytes(1);
        }
    }

    private static String canonical(Connection db, UUID passport) throws SQLException {
        List<String[]> items = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select evidence_id, evidence_type, sha256, issued_on, expires_on "
                + "from assurance.passport_evidence where passport_id = ?")) {
            select.setObject(1, passport);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    items.add(new String[] {row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                            String.valueOf(row.getString(5))});
                }
            }
        }
        // the old digest ordered evidence by UUID (Java's signed comparison), not by its text
        String evidence = items.stream().sorted((a, b) -> UUID.fromString(a[0]).compareTo(UUID.fromString(b[0])))
                .map(i -> String.join(":", i)).collect(Collectors.joining(","));
        try (PreparedStatement select = db.prepareStatement("select id, code, product_id, product_name, product_version, supplier_id, "
                + "supplier_name, template_id, template_version, assurance_body, assessor_name, issued_on, expires_on, conditions "
                + "from assurance.passport where id = ?")) {
            select.setObject(1, passport);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                List<String> fields = new ArrayList<>();
                for (int column = 1; column <= 14; column++) {
                    fields.add(row.getString(column));
                }
                fields.add(evidence);
                return String.join("|", fields);
            }
        }
    }
}
