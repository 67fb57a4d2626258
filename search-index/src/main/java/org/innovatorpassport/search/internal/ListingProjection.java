package org.innovatorpassport.search.internal;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
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
 * batches through the BulkIngester, a single listing (a rebuild's replay) with one request. Each write
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

    void refresh(UUID productId) throws IOException {
        refresh(elasticsearch.listingsAlias(), productId);
    }

    void refresh(String target, UUID productId) throws IOException {
        long version = ListingVersions.next();
        var product = products.find(productId);
        try {
            if (product.isEmpty()) {
                elasticsearch.client().delete(d -> d.index(target).id(productId.toString())
                        .version(version).versionType(VersionType.External));
                return;
            }
            ProductView view = product.get();
            var document = documents.of(view);
            elasticsearch.client().index(i -> i.index(target).id(productId.toString()).document(document)
                    .version(version).versionType(VersionType.External).requireAlias(target.equals(elasticsearch.listingsAlias())));
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return; // a listing read later is already there: ours is older and rightly loses
            }
            if (e.status() == 404 && product.isEmpty()) {
                return; // nothing to delete
            }
            throw e;
        }
    }

    /**
     * The listings of a batch of outbox messages (each a product id), written through the BulkIngester
     * and flushed at once: one bulk request for the batch instead of one request per message. Answers,
     * by message id, the writes that failed, for the outbox to retry; a write that lost to a newer
     * version (409) or a delete of what is not there (404) has nothing left to do.
     */
    Map<UUID, Exception> refreshAll(List<OutboxMessage> messages) {
        Map<UUID, Exception> failures = new LinkedHashMap<>();
        Map<UUID, CompletableFuture<Void>> writes = new LinkedHashMap<>();
        for (OutboxMessage message : messages) {
            try {
                UUID productId = UUID.fromString(message.payload());
                long version = ListingVersions.next();
                var product = products.find(productId);
                String alias = elasticsearch.listingsAlias();
                BulkOperation operation = product.isEmpty()
                        ? BulkOperation.of(o -> o.delete(d -> d.index(alias).id(productId.toString()).version(version)
                                .versionType(VersionType.External)))
                        : indexOperation(alias, productId, version, documents.of(product.get()));
                CompletableFuture<Void> written = new CompletableFuture<>();
                ingester().add(operation, written);
                writes.put(message.id(), written); // only once added, so a refused add keeps its own error
            } catch (RuntimeException e) {
                failures.put(message.id(), e);
            }
        }
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

    private static BulkOperation indexOperation(String alias, UUID productId, long version, Map<String, Object> document) {
        return BulkOperation.of(o -> o.index(i -> i.index(alias).id(productId.toString()).document(document)
                .version(version).versionType(VersionType.External).requireAlias(true)));
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
