package org.innovatorpassport.search.internal;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.platform.api.OutboxConsumer;
import org.innovatorpassport.platform.api.OutboxMessage;

/**
 * A topic whose messages each name a product whose listing must follow: a batch is written in one bulk
 * request, and a write that fails is retried through the outbox (so writes made while Elasticsearch is
 * down land once it is back).
 */
abstract class ListingConsumer implements OutboxConsumer {

    @Inject
    ListingProjection projection;

    @Override
    public void consume(OutboxMessage message) throws Exception {
        Exception failure = consumeAll(List.of(message)).get(message.id());
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public Map<UUID, Exception> consumeAll(List<OutboxMessage> messages) {
        return projection.refreshAll(messages);
    }
}
