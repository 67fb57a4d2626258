package org.innovatorpassport.web.upload;

import java.time.LocalDate;
import org.innovatorpassport.assurance.api.EvidenceUpload;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The parts of an evidence upload as the OpenAPI document describes them, so that a client generated
 * from the document can send one. The resources read the parts with {@link EvidenceUploadForm}; this
 * type exists only to describe them, and its names must stay those of {@link EvidenceUploadForm#ORDER}.
 */
@Schema(name = "EvidenceUploadParts", description = "An evidence PDF and what the supplier says about it")
public record EvidenceUploadParts(
        @Schema(required = true, type = SchemaType.STRING, format = "binary",
                description = "The PDF: unencrypted, within 25 MB and 500 pages") byte[] file,
        @Schema(required = true, maxLength = 50, description = "An evidence type code of the template, for example DSPT_ASSESSMENT") String type,
        @Schema(maxLength = EvidenceUpload.MAX_TEXT, description = "Certificate number, DSPT year...") String reference,
        @Schema(maxLength = EvidenceUpload.MAX_TEXT) String issuer,
        @Schema(required = true) LocalDate issuedOn,
        @Schema(description = "The expiry the document states, if any; the one kept is the evidence type's rule") LocalDate expiresOn) {
}
