/**
 * Flags on adoptions whose passport stopped being reliable, and the notices that tell the trust and
 * its boards; driven by the assurance module's passport status event through the outbox, so a crash
 * between the suspension and the flag loses nothing.
 */
package org.innovatorpassport.adoption.internal.flag;
