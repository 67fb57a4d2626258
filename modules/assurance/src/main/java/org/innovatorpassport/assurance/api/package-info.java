/**
 * Assurance, submitted once and relied on by many: a supplier answers a template version for a
 * product version and attaches evidence; an assessor decides each criterion; a passport is issued
 * when every required criterion is met; trusts rely on it instead of repeating the assessment.
 */
package org.innovatorpassport.assurance.api;
