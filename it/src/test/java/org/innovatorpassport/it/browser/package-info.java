/**
 * The pages in Debian's Chromium, with axe-core on every page visited: the supplier, assessor and trust
 * journey renders, works without JavaScript and is accessible.
 */
package org.innovatorpassport.it.browser;
