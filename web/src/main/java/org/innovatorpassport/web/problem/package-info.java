/**
 * How a refusal or a failure reaches the caller: RFC 9457 {@code application/problem+json} with field
 * errors for the API, an error page for a person, never a stack trace; and a JSON or form body over its
 * size limit is refused before it is parsed.
 */
package org.innovatorpassport.web.problem;
