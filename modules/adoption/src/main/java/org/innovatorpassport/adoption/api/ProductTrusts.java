package org.innovatorpassport.adoption.api;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which trusts have adopted a product version, and which regions trusts belong to, for the catalogue's
 * facets. A trust's region is the region of the regional innovation board it sits on (a trust on two
 * boards is in both regions; one on none has no region): boards are what the platform knows regions by.
 * Changes publish {@link #CHANGED_TOPIC} with the product id: a stage move, and a trust joining or leaving a
 * board (for every product version it has adopted or whose passport it relies on). No access check: for the
 * search index.
 */
public interface ProductTrusts {
    String CHANGED_TOPIC = "adoption.product-adoption-changed";

    /** Per product version asked for, the ODS codes of the trusts that have adopted it (adopted or scaled). */
    Map<UUID, Set<String>> adopting(Collection<UUID> productIds);

    /** The product versions that any of these trusts (ODS codes) has adopted (adopted or scaled), in one query. */
    Set<UUID> adoptedBy(Collection<String> odsCodes);

    /** Per ODS code asked for that sits on a board, the regions of its boards. */
    Map<String, Set<String>> regionsOf(Collection<String> odsCodes);
}
