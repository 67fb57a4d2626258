/**
 * The keys behind what the application must later recognise as its own (a passport's digest, a
 * sign-in cookie), kept in {@code platform.signing_key} so that every node signs alike and a restart
 * invalidates nothing.
 */
package org.innovatorpassport.platform.internal.signing;
