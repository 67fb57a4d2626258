/**
 * Becoming and being a user: signing in, a supplier registering its organisation, and a colleague
 * accepting an invitation.
 */
package org.innovatorpassport.web.page.account;
