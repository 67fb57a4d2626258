/** Trusts relying on passports, and the notifications that reach them when a passport stops being reliable. */
package org.innovatorpassport.assurance.internal.reliance;
