/**
 * The platform on the real stack (identity, problems, audit, health, OpenAPI), and every REST endpoint
 * checked with each kind of user against the declared matrix of who may call it.
 */
package org.innovatorpassport.it.platform;
