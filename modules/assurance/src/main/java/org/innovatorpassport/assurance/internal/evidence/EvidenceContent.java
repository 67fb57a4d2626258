package org.innovatorpassport.assurance.internal.evidence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.innovatorpassport.assurance.api.EvidenceMatch;

/**
 * The bytes and the extracted text of evidence documents, kept apart from their descriptions so
 * that lists of documents never load either. Streamed in through JDBC, in the caller's transaction.
 */
@ApplicationScoped
public class EvidenceContent {

    @Resource(lookup = "java:jboss/datasources/PassportDS")
    DataSource dataSource;

    public void save(UUID evidenceId, InputStream bytes, long size, String text) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement content = connection.prepareStatement(
                     "insert into assurance.evidence_content (evidence_id, content) values (?, ?)");
             PreparedStatement extracted = connection.prepareStatement(
                     "insert into assurance.evidence_text (evidence_id, text_content) values (?, ?)")) {
            content.setObject(1, evidenceId);
            content.setBinaryStream(2, bytes, size);
            content.executeUpdate();
            extracted.setObject(1, evidenceId);
            extracted.setString(2, text.replace("\u0000", ""));
            extracted.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store evidence " + evidenceId, e);
        }
    }

    public Optional<byte[]> bytes(UUID evidenceId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select content from assurance.evidence_content where evidence_id = ?")) {
            query.setObject(1, evidenceId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read evidence " + evidenceId, e);
        }
    }

    /** Where the text occurs in a submission's current documents; the database finds it and cuts the excerpt. */
    public List<EvidenceMatch> search(UUID submissionId, String text) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select d.id, d.evidence_type, d.file_name, "
                     + "substr(t.text_content, greatest(1, position(lower(?) in lower(t.text_content)) - 80), length(?) + 160) "
                     + "from assurance.submission_evidence l join assurance.evidence_document d on d.id = l.evidence_id "
                     + "join assurance.evidence_text t on t.evidence_id = d.id "
                     + "where l.submission_id = ? and position(lower(?) in lower(t.text_content)) > 0 "
                     + "order by d.evidence_type, d.uploaded_at")) {
            query.setString(1, text);
            query.setString(2, text);
            query.setObject(3, submissionId);
            query.setString(4, text);
            List<EvidenceMatch> matches = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    matches.add(new EvidenceMatch(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4).replaceAll("\\s+", " ").trim()));
                }
            }
            return matches;
        } catch (SQLException e) {
            throw new IllegalStateException("could not search evidence of submission " + submissionId, e);
        }
    }
}
