/**
 * A submission read against its template version, as both the supplier's and the assessor's pages
 * show it: questions in template order with their answers and decisions, and the evidence documents.
 */
package org.innovatorpassport.web.page.submission;
