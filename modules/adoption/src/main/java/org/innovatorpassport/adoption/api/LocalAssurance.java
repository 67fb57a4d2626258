package org.innovatorpassport.adoption.api;

import java.util.UUID;

/**
 * A trust's local deployment assurance (DCB0160) for one of its pipelines. Only the trust changes
 * it; whoever may see the pipeline may read it. A signed-off record is kept as signed: it no longer
 * changes.
 */
public interface LocalAssurance {

    SafetyRecordView record(UUID adoptionId);

    SafetyRecordView describe(UUID adoptionId, SafetyCaseDetails details);

    SafetyRecordView addHazard(UUID adoptionId, HazardEntry hazard);

    /** Rewrites a hazard of the log as the trust now assesses it (controls added, rating lowered, justified or closed). */
    SafetyRecordView reviseHazard(UUID adoptionId, UUID hazardId, HazardEntry hazard);

    /** Signs the record off in the caller's name; refused (409) with the reasons while any remain. */
    SafetyRecordView signOff(UUID adoptionId);

    /** Whether the trust's record for this pipeline is signed off; no access check, for the pipeline's gate. */
    boolean signedOff(UUID adoptionId);
}
