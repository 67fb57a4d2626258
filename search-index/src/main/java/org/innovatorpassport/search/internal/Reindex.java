package org.innovatorpassport.search.internal;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Outbox;
import org.innovatorpassport.search.api.SearchIndex;

/**
 * Rebuilds the listings from PostgreSQL into a new dated index through a {@link BulkIngester}, moves
 * the alias to it in one atomic step and drops the old index: searches never see a half-built index.
 * Changes made while it ran went to the old index; so once the alias has moved, every product named
 * by a listing message written since the rebuild began (less a margin for transactions still open
 * then) is written again. Versions keep the later of two writes, so a replay never brings back
 * something older.
 */
@ApplicationScoped
class Reindex implements SearchIndex {
    private static final Logger LOG = Logger.getLogger(Reindex.class.getName());
    /** Longer than any transaction that changes a product, passport or reliance. */
    static final Duration OPEN_TRANSACTION_MARGIN = Duration.ofMinutes(2);
    /** Products read from PostgreSQL per round: their passports come in one query. */
    static final int BATCH = 500;

    @Inject
    ElasticsearchConnection elasticsearch;

    @Inject
    ListingsIndex index;

    @Inject
    ListingDocuments documents;

    @Inject
    ListingProjection projection;

    @Inject
    Products products;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Override
    public long reindex() {
        Instant began = Instant.now();
        try {
            var client = elasticsearch.client();
            index.ensureAlias();
            String fresh = index.createDatedIndex();
            AtomicReference<String> refused = new AtomicReference<>();
            List<ProductView> all = products.all();
            try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client).maxOperations(1000)
                    .maxConcurrentRequests(2).maxSize(8L * 1024 * 1024).listener(new BulkListener<Void>() {
                        @Override
                        public void beforeBulk(long id, BulkRequest request, List<Void> contexts) {
                        }

                        @Override
                        public void afterBulk(long id, BulkRequest request, List<Void> contexts, BulkResponse response) {
                            if (response.errors()) {
                                response.items().stream().filter(i -> i.error() != null).findFirst()
                                        .ifPresent(i -> refused.compareAndSet(null, i.error().reason()));
                            }
                        }

                        @Override
                        public void afterBulk(long id, BulkRequest request, List<Void> contexts, Throwable failure) {
                            refused.compareAndSet(null, String.valueOf(failure));
                        }
                    }))) {
                java.util.Map<UUID, String> supplierNames = new java.util.HashMap<>();
                for (int from = 0; from < all.size(); from += BATCH) {
                    long version = ListingVersions.next();
                    for (var listing : documents.of(all.subList(from, Math.min(all.size(), from + BATCH)), supplierNames)) {
                        ingester.add(BulkOperation.of(op -> op.index(i -> i.index(fresh).id(listing.getKey().id().toString())
                                .version(version).versionType(VersionType.External).document(listing.getValue()))));
                    }
                }
            }
            if (refused.get() != null) {
                client.indices().delete(d -> d.index(fresh));
                throw new IllegalStateException("Elasticsearch refused part of the reindex: " + refused.get());
            }
            client.indices().refresh(r -> r.index(fresh));
            Set<String> old = index.moveAliasTo(fresh);
            for (String o : old) {
                client.indices().delete(d -> d.index(o));
            }
            int replayed = replaySince(began.minus(OPEN_TRANSACTION_MARGIN));
            audit.record("search.reindexed", "search-index", elasticsearch.listingsAlias(), all.size() + " listing(s) into " + fresh
                    + ", " + replayed + " recent change(s) replayed, in " + Duration.between(began, Instant.now()).toMillis() + " ms");
            return all.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int replaySince(Instant since) throws IOException {
        List<String> changed = outbox.payloadsSince(List.of(Products.CHANGED_TOPIC, Passports.LISTING_CHANGED_TOPIC,
                org.innovatorpassport.adoption.api.ProductTrusts.CHANGED_TOPIC), since);
        for (String productId : changed) {
            projection.refresh(UUID.fromString(productId));
        }
        if (!changed.isEmpty()) {
            LOG.info("reindex replayed " + changed.size() + " listing change(s) made while it ran");
        }
        return changed.size();
    }
}
