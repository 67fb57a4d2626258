/**
 * The audit log as rows of {@code platform.audit_entry}: who, acting for which organisation, did what
 * to which subject. Each entry is written in the transaction of the change it records, so neither
 * exists without the other.
 */
package org.innovatorpassport.platform.internal.audit;
