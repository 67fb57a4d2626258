/**
 * Organisations and the people who act for them: the directory of organisations and user accounts,
 * passwords kept only as PBKDF2 hashes, and the caller of each request with its organisation and
 * roles, as every module sees it through {@link org.innovatorpassport.platform.api.Callers}.
 */
package org.innovatorpassport.platform.internal.identity;
