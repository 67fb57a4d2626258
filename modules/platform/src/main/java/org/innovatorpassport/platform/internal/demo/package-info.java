/**
 * The demo organisations (a supplier, an assurance body, three NHS trusts, a regional board, the
 * platform) and one user of each kind, loaded at start when {@code PASSPORT_DEMO_DATA} is true so that
 * a fresh installation can be tried and the tests have people to act as.
 */
package org.innovatorpassport.platform.internal.demo;
