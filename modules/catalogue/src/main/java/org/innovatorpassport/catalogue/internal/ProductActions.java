package org.innovatorpassport.catalogue.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.catalogue.api.ProductAction;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Problem;

/**
 * Who may do what with a product version. Only its supplier changes it; once a passport names the
 * version, its details are fixed, because the passport vouches for exactly what was assessed: a
 * change is a new version, assessed on its own.
 */
final class ProductActions {

    private ProductActions() {
    }

    static Set<ProductAction> allowed(UUID supplierId, boolean passported, Optional<Caller> caller) {
        Set<ProductAction> allowed = EnumSet.noneOf(ProductAction.class);
        if (caller.isEmpty() || !caller.get().actsFor(supplierId)) {
            return allowed;
        }
        allowed.add(ProductAction.NEW_VERSION);
        allowed.add(ProductAction.EDIT_LISTING);
        if (!passported) {
            allowed.add(ProductAction.EDIT);
        }
        return allowed;
    }

    /** The refusal of an edit in place under a passport: the same words for the page and the API. */
    static Problem fixedByPassport(String name, String version) {
        return new Problem(409, "product-passported", "This version has a passport",
                name + " " + version + " has an innovator passport, so its details can no longer be changed. "
                        + "Start a new version to describe the changes; the new version is assessed on its own.");
    }
}
