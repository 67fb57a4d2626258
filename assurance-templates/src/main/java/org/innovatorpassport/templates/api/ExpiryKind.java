package org.innovatorpassport.templates.api;

/** How an evidence type's expiry date is found. */
public enum ExpiryKind {
    /** It does not expire by date (it is renewed when the product changes). */
    NONE,
    /** A number of months from the issue date (Cyber Essentials, penetration test: 12). */
    MONTHS_FROM_ISSUE,
    /** The first DSPT deadline (30 June) after the issue date. */
    NEXT_DSPT_DEADLINE,
    /** The expiry date stated on the document itself (a medical device certificate). */
    AS_STATED
}
