package org.innovatorpassport.adoption.api;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which trusts have adopted a product version, and which regions trusts belong to, for the catalogue's
 * facets. A trust's region is the region of the regional innovation board it sits on (a trust on two
 * boards is in both regions; one on none has no region): boards are what the platform knows regions by.
 * Changes publish {@link #CHANGED_TOPIC} with the product id. No access check: for the search index.
 */
public interface ProductTrusts {
    String CHANGED_TOPIC = "adoption.product-adoption-changed";

    /** Per product version asked for, the ODS codes of the trusts that have adopted it (adopted or scaled). */
    Map<UUID, Set<String>> adopting(Collection<UUID> productIds);

    /** Per ODS code asked for that sits on a board, the regions of its boards. */
    Map<String, Set<String>> regionsOf(Collection<String> odsCodes);
}
