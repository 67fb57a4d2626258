/**
 * The server-rendered pages, styled with NHS.UK frontend. They work without JavaScript; every value
 * written into a page goes through {@link org.innovatorpassport.web.page.Html#text}.
 */
package org.innovatorpassport.web.page;
