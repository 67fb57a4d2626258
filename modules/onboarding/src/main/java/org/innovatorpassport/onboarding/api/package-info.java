/**
 * Supplier onboarding: a supplier registers its organisation once (legal identity, ICO, DSPT), its
 * first user administers it and invites colleagues, and a checklist says what is still missing.
 */
package org.innovatorpassport.onboarding.api;
