package org.innovatorpassport.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.OutboxConsumer;
import org.innovatorpassport.platform.api.OutboxMessage;

/** A product was described or changed: its listing follows. Retried through the outbox if Elasticsearch is down. */
@ApplicationScoped
class ProductChangedConsumer implements OutboxConsumer {

    @Inject
    ListingProjection projection;

    @Override
    public String topic() {
        return Products.CHANGED_TOPIC;
    }

    @Override
    public void consume(OutboxMessage message) throws Exception {
        projection.refresh(UUID.fromString(message.payload()));
    }
}
