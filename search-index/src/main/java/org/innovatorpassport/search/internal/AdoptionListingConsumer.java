package org.innovatorpassport.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.innovatorpassport.adoption.api.ProductTrusts;
import org.innovatorpassport.platform.api.OutboxConsumer;
import org.innovatorpassport.platform.api.OutboxMessage;

/** A trust moved its adoption of a product: the listing's count of adopting trusts and its regions follow. */
@ApplicationScoped
class AdoptionListingConsumer implements OutboxConsumer {

    @Inject
    ListingProjection projection;

    @Override
    public String topic() {
        return ProductTrusts.CHANGED_TOPIC;
    }

    @Override
    public void consume(OutboxMessage message) throws Exception {
        projection.refresh(UUID.fromString(message.payload()));
    }
}
