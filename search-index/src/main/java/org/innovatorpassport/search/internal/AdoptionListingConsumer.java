package org.innovatorpassport.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovatorpassport.adoption.api.ProductTrusts;

/** A trust moved its adoption of a product: the listing's count of adopting trusts and its regions follow. */
@ApplicationScoped
class AdoptionListingConsumer extends ListingConsumer {

    @Override
    public String topic() {
        return ProductTrusts.CHANGED_TOPIC;
    }
}
