package org.innovatorpassport.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovatorpassport.assurance.api.Passports;

/** A passport was issued or changed status: the product's listing shows it. */
@ApplicationScoped
class PassportListingConsumer extends ListingConsumer {

    @Override
    public String topic() {
        return Passports.LISTING_CHANGED_TOPIC;
    }
}
