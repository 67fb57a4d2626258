package org.innovatorpassport.platform.internal.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.innovatorpassport.platform.api.Directory.OrganisationView;
import org.innovatorpassport.platform.api.OrganisationKind;

/** An organisation users act for: a supplier, an NHS trust (by ODS code), a board, an assurance body. */
@Entity
@Table(name = "organisation")
class Organisation {
    @Id
    UUID id;
    @Enumerated(EnumType.STRING)
    OrganisationKind kind;
    String name;
    @Column(name = "ods_code")
    String odsCode;
    @Column(name = "created_at")
    Instant createdAt;
    @Version
    long version;

    OrganisationView view() {
        return new OrganisationView(id, kind, name, odsCode);
    }
}
