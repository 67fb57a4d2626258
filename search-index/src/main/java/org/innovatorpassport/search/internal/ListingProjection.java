package org.innovatorpassport.search.internal;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.OutboxMessage;

/**
 * Writes products' listings into the index, or removes them when the product is gone: the outbox's
 * batches (and a rebuild's replay) through a BulkIngester, a batch read together. Each write
 * carries an external version taken before PostgreSQL is read, so a late, stale write loses to a
 * newer one; {@code require_alias} makes a write fail (and the outbox retry it) while the alias does
 * not exist yet, instead of creating an index without the mapping.
 */
@ApplicationScoped
class ListingProjection {
    /** How long a batch of listing writes may take before its deliveries are retried by the outbox. */
    private static final long BATCH_TIMEOUT_SECONDS = 30;

    @Inject
    ElasticsearchConnection elasticsearch;

    @Inject
    ListingDocuments documents;

    @Inject
    Products products;

    private BulkIngester<CompletableFuture<Void>> ingester;

    /**
     * The writes that bring these products' listings up to date in {@code target}: an index operation
     * for each product that exists, a delete for each that does not. The products and everything their
     * listings show are read together, a fixed number of queries for the whole batch; the version is
     * taken before anything is read, so a later write of the same listing wins.
     */
    Map<UUID, BulkOperation> operations(String target, Collection<UUID> productIds) {
        long version = ListingVersions.next();
        Map<UUID, ProductView> found = products.find(productIds);
        Map<UUID, BulkOperation> operations = new LinkedHashMap<>();
        boolean alias = target.equals(elasticsearch.listingsAlias());
        for (var listing : documents.of(List.copyOf(found.values()), new HashMap<>())) {
            UUID id = listing.getKey().id();
            operations.put(id, BulkOperation.of(o -> o.index(i -> i.index(target).id(id.toString()).document(listing.getValue())
                    .version(version).versionType(VersionType.External).requireAlias(alias))));
        }
        for (UUID id : productIds) {
            operations.computeIfAbsent(id, gone -> BulkOperation.of(o -> o.delete(d -> d.index(target).id(gone.toString())
                    .version(version).versionType(VersionType.External))));
        }
        return operations;
    }

    /**
     * The listings of a batch of outbox messages (each a product id), read together and written through
     * the BulkIngester, flushed at once: one bulk request for the batch instead of one request per
     * message. Answers, by message id, the writes that failed, for the outbox to retry; a write that
     * lost to a newer version (409) or a delete of what is not there (404) has nothing left to do.
     */
    Map<UUID, Exception> refreshAll(List<OutboxMessage> messages) {
        Map<UUID, Exception> failures = new LinkedHashMap<>();
        Map<UUID, List<UUID>> messagesOfProduct = new LinkedHashMap<>();
        for (OutboxMessage message : messages) {
            try {
                messagesOfProduct.computeIfAbsent(UUID.fromString(message.payload()), p -> new ArrayList<>()).add(message.id());
            } catch (IllegalArgumentException notAProduct) {
                failures.put(message.id(), notAProduct);
            }
        }
        Map<UUID, BulkOperation> operations;
        try {
            operations = operations(elasticsearch.listingsAlias(), messagesOfProduct.keySet());
        } catch (RuntimeException batchFailed) {
            // One listing that cannot be read must not hold back the others: read them one by one, and only it fails.
            operations = new LinkedHashMap<>();
            for (var product : messagesOfProduct.entrySet()) {
                try {
                    operations.putAll(operations(elasticsearch.listingsAlias(), List.of(product.getKey())));
                } catch (RuntimeException e) {
                    product.getValue().forEach(id -> failures.put(id, e));
                }
            }
        }
        Map<UUID, CompletableFuture<Void>> writes = new LinkedHashMap<>();
        operations.forEach((productId, operation) -> {
            try {
                CompletableFuture<Void> written = new CompletableFuture<>();
                ingester().add(operation, written);
                // only once added, so a refused add keeps its own error
                messagesOfProduct.get(productId).forEach(id -> writes.put(id, written));
            } catch (RuntimeException e) {
                messagesOfProduct.get(productId).forEach(id -> failures.put(id, e));
            }
        });
        if (!writes.isEmpty()) {
            ingester().flush();
        }
        writes.forEach((id, written) -> {
            try {
                written.get(BATCH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failures.put(id, e.getCause() instanceof Exception cause ? cause : e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.put(id, e);
            } catch (TimeoutException e) {
                failures.put(id, e);
            }
        });
        return failures;
    }

    private synchronized BulkIngester<CompletableFuture<Void>> ingester() {
        if (ingester == null) {
            ingester = BulkIngester.of(b -> b.client(elasticsearch.client()).maxOperations(500).maxConcurrentRequests(1)
                    .flushInterval(1, TimeUnit.SECONDS).listener(new Completion()));
        }
        return ingester;
    }

    @PreDestroy
    synchronized void close() {
        if (ingester != null) {
            ingester.close();
        }
    }

    /** Completes each write's future from its item in the bulk response. */
    private static final class Completion implements BulkListener<CompletableFuture<Void>> {
        @Override
        public void beforeBulk(long id, BulkRequest request, List<CompletableFuture<Void>> contexts) {
        }

        @Override
        public void afterBulk(long id, BulkRequest request, List<CompletableFuture<Void>> contexts, BulkResponse response) {
            for (int i = 0; i < contexts.size(); i++) {
                BulkResponseItem item = response.items().get(i);
                boolean done = item.error() == null || item.status() == 409
                        || (item.status() == 404 && item.operationType() == OperationType.Delete);
                if (done) {
                    contexts.get(i).complete(null);
                } else {
                    contexts.get(i).completeExceptionally(new IOException("listing " + item.id() + " refused: " + item.status()
                            + " " + item.error().type() + ": " + item.error().reason()));
                }
            }
        }

        @Override
        public void afterBulk(long id, BulkRequest request, List<CompletableFuture<Void>> contexts, Throwable failure) {
            contexts.forEach(c -> c.completeExceptionally(failure));
        }
    }
}
