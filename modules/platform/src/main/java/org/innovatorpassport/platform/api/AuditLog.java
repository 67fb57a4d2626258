package org.innovatorpassport.platform.api;

/**
 * Records who changed what, for which organisation, and when. Written in the caller's transaction,
 * so a change and its audit entry commit or roll back together.
 */
public interface AuditLog {

    void record(String action, String subjectType, Object subjectId, String summary);

    /** The entries about one subject, newest first. */
    java.util.List<AuditEntry> about(String subjectType, Object subjectId);
}
