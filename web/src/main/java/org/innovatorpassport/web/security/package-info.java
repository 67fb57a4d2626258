/**
 * Who is calling and whether they may: HTTP Basic for API clients and a signed sign-in cookie for
 * people, checked against the roles each endpoint declares, denying by default; and the headers that
 * stop any answer being framed or loading anything from elsewhere.
 */
package org.innovatorpassport.web.security;
