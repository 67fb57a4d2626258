package org.innovatorpassport.assurance.api;

import java.time.Instant;

/**
 * A search of the public directory of assured products: by product (or supplier) name, by when the
 * passport last changed (from inclusive, before exclusive; either may be open), one page at a time.
 * A null name matches every entry.
 */
public record DirectorySearch(String name, NameMatch match, Instant changedFrom, Instant changedBefore, int offset, int count) {

    /** How a name is compared, always ignoring case. */
    public enum NameMatch { STARTS_WITH, CONTAINS, EXACT }

    public DirectorySearch {
        if (offset < 0 || count < 0) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds 0 or more entries");
        }
        match = match == null ? NameMatch.STARTS_WITH : match;
    }
}
