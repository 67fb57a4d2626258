package org.innovatorpassport.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.platform.api.OutboxConsumer;
import org.innovatorpassport.platform.api.OutboxMessage;

/** A passport was issued or changed status: the product's listing shows it. */
@ApplicationScoped
class PassportListingConsumer implements OutboxConsumer {

    @Inject
    ListingProjection projection;

    @Override
    public String topic() {
        return Passports.LISTING_CHANGED_TOPIC;
    }

    @Override
    public void consume(OutboxMessage message) throws Exception {
        projection.refresh(UUID.fromString(message.payload()));
    }
}
