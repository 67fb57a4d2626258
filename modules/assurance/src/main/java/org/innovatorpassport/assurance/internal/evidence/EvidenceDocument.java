package org.innovatorpassport.assurance.internal.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.innovatorpassport.assurance.api.EvidenceView;

/** A stored evidence document's description; its bytes live in {@code evidence_content}. Never updated. */
@Entity
@Table(name = "evidence_document")
public class EvidenceDocument {
    @Id
    public UUID id;
    @Column(name = "supplier_id")
    public UUID supplierId;
    @Column(name = "evidence_type")
    public String evidenceType;
    public String reference;
    public String issuer;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    @Column(name = "expires_on")
    public LocalDate expiresOn;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "size_bytes")
    public long sizeBytes;
    public String sha256;
    @Column(name = "page_count")
    public int pageCount;
    /** Notes for the assessor (JavaScript, embedded files...), one per line. */
    @Column(name = "active_content")
    public String activeContent;
    @Column(name = "version_number")
    public int versionNumber;
    @Column(name = "supersedes_id")
    public UUID supersedesId;
    @Column(name = "uploaded_by")
    public String uploadedBy;
    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    public EvidenceView view() {
        return view(false, null);
    }

    public EvidenceView view(boolean organisation, String signOff) {
        List<String> notes = activeContent.isEmpty() ? List.of() : Arrays.asList(activeContent.split("\n"));
        return new EvidenceView(id, supplierId, evidenceType, reference, issuer, issuedOn, expiresOn, fileName, sizeBytes,
                sha256, pageCount, notes, versionNumber, supersedesId, uploadedBy, uploadedAt, organisation, signOff);
    }
}
