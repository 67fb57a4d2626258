/**
 * The platform admin's pages: finding a user, deactivating or reactivating them, changing their
 * roles, and seeing who has been guessing at their password.
 */
package org.innovatorpassport.web.page.admin;
