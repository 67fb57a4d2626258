/**
 * Assurance on the real stack through the REST API: who may see and change a submission, evidence
 * uploads and every refusal, a passport's whole life from first answer to issue, reliance, suspension,
 * renewal and expiry, and the catalogue search in Elasticsearch; with the suppliers, trusts, answers
 * and PDFs those tests make.
 */
package org.innovatorpassport.it.assurance;
