/**
 * The REST API under {@code /api}, one resource per thing a caller works with: suppliers, products,
 * submissions and their evidence, passports and reliance, templates and the catalogue. Each resource
 * states who may call it, parses the request and calls a module's api; the rules are the modules'.
 */
package org.innovatorpassport.web.api;
