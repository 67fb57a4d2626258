/**
 * The built-in assurance templates read as the standards they encode: which answers are wrong, which
 * questions a set of answers makes apply, when each kind of evidence expires, whether decisions add up
 * to a pass, and that every template is consistent with itself.
 */
package org.innovatorpassport.templates;
