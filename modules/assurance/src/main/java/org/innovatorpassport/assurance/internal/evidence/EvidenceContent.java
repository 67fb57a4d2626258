package org.innovatorpassport.assurance.internal.evidence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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

    /** Bytes read from the database per query while streaming a document out. */
    static final int SLICE_BYTES = 256 * 1024;

    /**
     * Copies a document to {@code out} a slice at a time. PostgreSQL's driver reads a whole bytea
     * value into memory, even through getBinaryStream, so the document is asked for in slices
     * (the column is stored uncompressed, so a slice reads only its own pages). A connection is
     * taken per slice, so a slow client holds a small buffer and no database connection while it
     * reads. Documents never change, so the slices cannot come from different versions.
     */
    public void copy(UUID evidenceId, long sizeBytes, OutputStream out) throws IOException {
        for (long offset = 0; offset < sizeBytes; offset += SLICE_BYTES) {
            byte[] slice = slice(evidenceId, offset, (int) Math.min(SLICE_BYTES, sizeBytes - offset));
            if (slice.length == 0) {
                throw new IOException("evidence " + evidenceId + " ends at " + offset + " bytes, not " + sizeBytes);
            }
            out.write(slice);
        }
        out.flush();
    }

    private byte[] slice(UUID evidenceId, long offset, int length) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select substring(content from ? for ?) from assurance.evidence_content where evidence_id = ?")) {
            // SQL counts from 1; substring takes integers, and a document is at most a few tens of MiB
            query.setInt(1, Math.toIntExact(offset + 1));
            query.setInt(2, length);
            query.setObject(3, evidenceId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getBytes(1) : new byte[0];
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read evidence " + evidenceId + " at " + offset, e);
        }
    }

    /** Where the text occurs in a submission's current documents; the database finds it and cuts the excerpt. */
    public List<EvidenceMatch> search(UUID submissionId, String text) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select d.id, d.evidence_type, d.file_name, "
                     + "substr(t.text_content, greatest(1, position(lower(?) in lower(t.text_content)) - 80), length(?) + 160) "
                     + "from assurance.evidence_document d join assurance.evidence_text t on t.evidence_id = d.id "
                     + "where d.id in (select l.evidence_id from assurance.submission_evidence l where l.submission_id = ? "
                     + "union select i.evidence_id from assurance.evidence_library i join assurance.submission s "
                     + "on s.supplier_id = i.supplier_id where s.id = ?) "
                     + "and position(lower(?) in lower(t.text_content)) > 0 "
                     + "order by d.evidence_type, d.uploaded_at")) {
            query.setString(1, text);
            query.setString(2, text);
            query.setObject(3, submissionId);
            query.setObject(4, submissionId);
            query.setString(5, text);
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
