package org.innovatorpassport.assurance.internal.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The current document of one organisation evidence type in a supplier's library. */
@Entity
@Table(name = "evidence_library")
@IdClass(LibraryItem.Key.class)
public class LibraryItem {
    /** Outbox topic: an organisation document in a supplier's library was replaced; the payload is the replaced document's id. */
    public static final String REPLACED_TOPIC = "assurance.library-item-replaced";

    @Id
    @Column(name = "supplier_id")
    public UUID supplierId;
    @Id
    @Column(name = "evidence_type")
    public String evidenceType;
    @Column(name = "evidence_id")
    public UUID evidenceId;
    @Column(name = "linked_at")
    public Instant linkedAt;

    /** The composite key JPA needs: one current document per type per supplier. */
    public static class Key implements Serializable {
        public UUID supplierId;
        public String evidenceType;

        public Key() {
        }

        public Key(UUID supplierId, String evidenceType) {
            this.supplierId = supplierId;
            this.evidenceType = evidenceType;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(supplierId, k.supplierId) && Objects.equals(evidenceType, k.evidenceType);
        }

        @Override
        public int hashCode() {
            return Objects.hash(supplierId, evidenceType);
        }
    }
}
