package org.innovatorpassport.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import org.innovatorpassport.catalogue.api.Products;

/** A product was described or changed: its listing follows. Retried through the outbox if Elasticsearch is down. */
@ApplicationScoped
class ProductChangedConsumer extends ListingConsumer {

    @Override
    public String topic() {
        return Products.CHANGED_TOPIC;
    }
}
