package org.innovatorpassport.catalogue.api;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the catalogue must know of assurance to keep its own rules, answered by the module that issues
 * passports (which depends on the catalogue, so the catalogue names the question and that module
 * answers it).
 */
public interface ProductAssurance {

    /** Those of these product versions for which a passport has ever been issued, whatever its status now. */
    Set<UUID> passported(Collection<UUID> productIds);

    /** The passport of every product version that can be relied on today (not suspended, revoked or expired), by product. */
    Map<UUID, PassportStanding> reliable();
}
