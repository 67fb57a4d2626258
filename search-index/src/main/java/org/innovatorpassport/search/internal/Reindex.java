package org.innovatorpassport.search.internal;

import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.search.api.SearchIndex;

/**
 * Rebuilds the listings from PostgreSQL into a new dated index, then moves the alias to it in one
 * atomic step and drops the old index: searches never see a half-built index.
 */
@ApplicationScoped
class Reindex implements SearchIndex {
    private static final int BATCH = 500;

    @Inject
    ElasticsearchConnection elasticsearch;

    @Inject
    ListingsIndex index;

    @Inject
    ListingDocuments documents;

    @Inject
    Products products;

    @Inject
    AuditLog audit;

    @Override
    public long reindex() {
        try {
            var client = elasticsearch.client();
            String alias = elasticsearch.listingsAlias();
            String fresh = index.createDatedIndex();
            List<ProductView> all = products.all();
            for (int from = 0; from < all.size(); from += BATCH) {
                BulkRequest.Builder bulk = new BulkRequest.Builder();
                for (ProductView product : all.subList(from, Math.min(all.size(), from + BATCH))) {
                    bulk.operations(op -> op.index(i -> i.index(fresh).id(product.id().toString()).document(documents.of(product))));
                }
                BulkResponse response = client.bulk(bulk.build());
                if (response.errors()) {
                    throw new IllegalStateException("Elasticsearch refused part of the reindex: "
                            + response.items().stream().filter(i -> i.error() != null).findFirst().map(i -> i.error().reason()).orElse("?"));
                }
            }
            client.indices().refresh(r -> r.index(fresh));
            Set<String> old = client.indices().exists(e -> e.index(alias)).value()
                    ? client.indices().getAlias(a -> a.name(alias)).aliases().keySet() : Set.of();
            client.indices().updateAliases(u -> {
                old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias))));
                return u.actions(a -> a.add(add -> add.index(fresh).alias(alias)));
            });
            for (String o : old) {
                client.indices().delete(d -> d.index(o));
            }
            audit.record("search.reindexed", "search-index", alias, all.size() + " listing(s) into " + fresh);
            return all.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
