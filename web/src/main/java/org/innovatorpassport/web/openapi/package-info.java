/**
 * Makes the served OpenAPI document true to what the server does: each operation's security is read
 * from the same annotations the access check reads, and every operation describes its refusals as
 * RFC 9457 problem+json with the problem types the API answers.
 */
package org.innovatorpassport.web.openapi;
