/**
 * What the tests on the real stack share: the WAR the build produced, the demo users, a small JSON
 * client over HTTP, and Debian's Chromium.
 */
package org.innovatorpassport.it.support;
