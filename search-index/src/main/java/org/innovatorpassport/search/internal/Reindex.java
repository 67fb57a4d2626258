package org.innovatorpassport.search.internal;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Outbox;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.search.api.SearchIndex;

/**
 * Rebuilds the listings from PostgreSQL into a new dated index through a {@link BulkIngester}, moves
 * the alias to it in one atomic step and drops the old index: searches never see a half-built index.
 * Changes delivered while it ran went to the old index; so once the alias has moved, every product
 * named by a listing message delivered since the rebuild began, or not delivered yet, is written
 * again (a change delivered before it began was committed before it, so the rebuild read it).
 * Versions keep the later of two writes, so a replay never brings back something older.
 */
@ApplicationScoped
class Reindex implements SearchIndex {
    private static final Logger LOG = Logger.getLogger(Reindex.class.getName());
    /** More than the nodes' clocks may differ by: a delivery is timed by the clock of the node that made it. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
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

    /** One rebuild at a time on a node: two would each build an index and race to move the alias. */
    private final AtomicBoolean running = new AtomicBoolean();

    @Override
    public long reindex() {
        if (!running.compareAndSet(false, true)) {
            throw Problem.conflict("The search index is already being rebuilt; try again when that has finished.");
        }
        try {
            return rebuild();
        } finally {
            running.set(false);
        }
    }

    private long rebuild() {
        Instant began = Instant.now();
        try {
            var client = elasticsearch.client();
            index.ensureAlias();
            String fresh = index.createDatedIndex();
            FirstRefusal refused = new FirstRefusal();
            long written = 0;
            // No refreshes while it is built: nobody searches the new index before the alias moves to it.
            client.indices().putSettings(p -> p.index(fresh).settings(t -> t.refreshInterval(i -> i.time("-1"))));
            try (BulkIngester<Void> ingester = ingester(refused)) {
                java.util.Map<UUID, String> supplierNames = new java.util.HashMap<>();
                UUID after = null;
                for (List<ProductView> page = products.page(null, BATCH); !page.isEmpty() && refused.reason() == null;
                     page = products.page(after, BATCH)) {
                    long version = ListingVersions.next();
                    for (var listing : documents.of(page, supplierNames)) {
                        ingester.add(BulkOperation.of(op -> op.index(i -> i.index(fresh).id(listing.getKey().id().toString())
                                .version(version).versionType(VersionType.External).document(listing.getValue()))));
                    }
                    after = page.get(page.size() - 1).id();
                    written += page.size();
                }
            }
            if (refused.reason() != null) {
                client.indices().delete(d -> d.index(fresh));
                throw new IllegalStateException("Elasticsearch refused part of the reindex: " + refused.reason());
            }
            // Back to the usual second, so a changed listing is found within it.
            client.indices().putSettings(p -> p.index(fresh).settings(t -> t.refreshInterval(i -> i.time("1s"))));
            client.indices().refresh(r -> r.index(fresh));
            Set<String> old = index.moveAliasTo(fresh);
            for (String o : old) {
                client.indices().delete(d -> d.index(o));
            }
            int replayed = replaySince(began.minus(CLOCK_SKEW));
            audit.record("search.reindexed", "search-index", elasticsearch.listingsAlias(), written + " listing(s) into " + fresh
                    + ", " + replayed + " recent change(s) replayed, in " + Duration.between(began, Instant.now()).toMillis() + " ms");
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The products changed since {@code since}, read and written a batch at a time, as the rebuild itself is. */
    private int replaySince(Instant since) {
        List<UUID> changed = outbox.payloadsToReplay(List.of(Products.CHANGED_TOPIC, Passports.LISTING_CHANGED_TOPIC,
                org.innovatorpassport.adoption.api.ProductTrusts.CHANGED_TOPIC), since).stream().distinct().map(UUID::fromString).toList();
        FirstRefusal refused = new FirstRefusal();
        try (BulkIngester<Void> ingester = ingester(refused)) {
            for (int from = 0; from < changed.size(); from += BATCH) {
                projection.operations(elasticsearch.listingsAlias(), changed.subList(from, Math.min(changed.size(), from + BATCH)))
                        .values().forEach(ingester::add);
            }
        }
        if (refused.reason() != null) {
            throw new IllegalStateException("Elasticsearch refused part of the replay after the reindex: " + refused.reason());
        }
        if (!changed.isEmpty()) {
            LOG.info("reindex replayed " + changed.size() + " listing change(s) made while it ran");
        }
        return changed.size();
    }

    private BulkIngester<Void> ingester(FirstRefusal refused) {
        return BulkIngester.of(b -> b.client(elasticsearch.client()).maxOperations(1000).maxConcurrentRequests(2)
                .maxSize(8L * 1024 * 1024).listener(refused));
    }

    /**
     * Remembers the first write Elasticsearch refused. A write that lost to a newer version (409) is not
     * refused: a newer listing is already there, which is what versions are for.
     */
    private static final class FirstRefusal implements BulkListener<Void> {
        private final AtomicReference<String> reason = new AtomicReference<>();

        String reason() {
            return reason.get();
        }

        @Override
        public void beforeBulk(long id, BulkRequest request, List<Void> contexts) {
        }

        @Override
        public void afterBulk(long id, BulkRequest request, List<Void> contexts, BulkResponse response) {
            if (response.errors()) {
                response.items().stream().filter(i -> i.error() != null && i.status() != 409
                                && !(i.status() == 404 && i.operationType() == OperationType.Delete))
                        .findFirst().ifPresent(i -> reason.compareAndSet(null, i.error().reason()));
            }
        }

        @Override
        public void afterBulk(long id, BulkRequest request, List<Void> contexts, Throwable failure) {
            reason.compareAndSet(null, String.valueOf(failure));
        }
    }
}
