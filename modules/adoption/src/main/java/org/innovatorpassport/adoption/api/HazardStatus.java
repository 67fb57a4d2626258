package org.innovatorpassport.adoption.api;

/** Where a local hazard stands: still open, reduced by the added controls, or closed. */
public enum HazardStatus {
    OPEN, MITIGATED, CLOSED
}
