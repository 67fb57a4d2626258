package org.innovatorpassport.assurance.api;

/** Where a submission is: being written, waiting for review, sent back for clarification, or done. */
public enum SubmissionStatus { DRAFT, SUBMITTED, RETURNED, PASSPORT_ISSUED }
