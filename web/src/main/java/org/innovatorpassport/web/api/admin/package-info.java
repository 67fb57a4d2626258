/** The REST API for platform administrators: organisations and their users, and the audit trail of any subject. */
package org.innovatorpassport.web.api.admin;
