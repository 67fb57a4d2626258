/**
 * An assessor's pages: the queue of submitted work and passports, and the review of one submission
 * criterion by criterion, ending in a return for clarification or an issued passport.
 */
package org.innovatorpassport.web.page.assessor;
