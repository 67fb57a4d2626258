package org.innovatorpassport.assurance.api;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * Evidence documents. An upload is checked and read (a real PDF, not encrypted, within the size and
 * page limits) before anything is stored; a refusal is a 4xx problem and stores nothing.
 */
public interface Evidence {

    EvidenceView attach(UUID submissionId, EvidenceUpload details, String fileName, InputStream content);

    /** A new version of a document in a submission; the old one stays, marked superseded. */
    EvidenceView replace(UUID submissionId, UUID evidenceId, EvidenceUpload details, String fileName, InputStream content);

    /** The current documents of a submission. */
    List<EvidenceView> ofSubmission(UUID submissionId);

    EvidenceView get(UUID evidenceId);

    /** The document itself; every access is audited. */
    EvidenceFile download(UUID evidenceId);

    List<EvidenceMatch> search(UUID submissionId, String text);

    /**
     * Adds a document about the organisation (a type the templates mark so) to the caller's
     * evidence library, or a new version of the one there; the same checks as any upload.
     */
    EvidenceView addToLibrary(EvidenceUpload details, String fileName, InputStream content);

    /** The caller's evidence library: each current organisation document and what relies on it. */
    List<LibraryEntry> library();
}
