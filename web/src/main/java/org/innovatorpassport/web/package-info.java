/**
 * The one deployable: REST resources under {@code /api} and server-rendered pages, both thin. They
 * parse, authorise and call module APIs; no business rule lives here.
 */
package org.innovatorpassport.web;
