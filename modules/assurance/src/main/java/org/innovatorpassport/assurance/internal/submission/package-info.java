/**
 * Submissions: answers, decisions and their history, and who may see and change them. A submission
 * has evidence documents, so this package uses {@code evidence} (and answers its
 * {@link org.innovatorpassport.assurance.internal.evidence.SubmissionsHoldingEvidence} port), never the reverse.
 */
package org.innovatorpassport.assurance.internal.submission;
