package org.innovatorpassport.adoption.internal.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.adoption.api.ProductTrusts;
import org.innovatorpassport.assurance.api.Reliances;
import org.innovatorpassport.platform.api.Directory;
import org.innovatorpassport.platform.api.OrganisationKind;
import org.innovatorpassport.platform.api.Outbox;

/**
 * A trust's regions are those of the boards it sits on, so a trust joining or leaving a board moves the
 * catalogue's region facet of every product version it has adopted or whose passport it relies on: each of
 * those listings is told, through the outbox in the caller's transaction. Three queries whatever the number
 * of trusts or products (adoptions, the directory's trusts, reliances), and one message per product.
 */
@ApplicationScoped
class MemberTrustListings {

    @Inject
    ProductTrusts productTrusts;

    @Inject
    Reliances reliances;

    @Inject
    Directory directory;

    @Inject
    Outbox outbox;

    void regionsChanged(Collection<String> odsCodes) {
        Set<UUID> products = new HashSet<>(productTrusts.adoptedBy(odsCodes));
        // reliances name trusts by organisation; the listing finds their ODS codes through the directory, so does this
        List<UUID> trusts = directory.organisations(OrganisationKind.NHS_TRUST).stream()
                .filter(o -> o.odsCode() != null && odsCodes.contains(o.odsCode())).map(Directory.OrganisationView::id).toList();
        products.addAll(reliances.productsReliedOnBy(trusts));
        products.forEach(product -> outbox.publish(ProductTrusts.CHANGED_TOPIC, product.toString()));
    }
}
