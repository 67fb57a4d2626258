/**
 * The server-rendered pages, styled with NHS.UK frontend, working without JavaScript. Controllers here
 * and in the feature packages below parse a request, ask the modules and answer a {@link
 * org.innovatorpassport.web.page.View}: a compiled JTE template (web/src/main/jte) and its typed model.
 * Only templates write markup, and they escape every value.
 */
package org.innovatorpassport.web.page;
