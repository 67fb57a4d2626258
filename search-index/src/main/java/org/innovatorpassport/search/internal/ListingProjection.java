package org.innovatorpassport.search.internal;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.UUID;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;

/**
 * Writes one product's listing into the index, or removes it when the product is gone. Each write
 * carries an external version taken before PostgreSQL is read, so a late, stale write loses to a
 * newer one; {@code require_alias} makes a write fail (and the outbox retry it) while the alias does
 * not exist yet, instead of creating an index without the mapping.
 */
@ApplicationScoped
class ListingProjection {

    @Inject
    ElasticsearchConnection elasticsearch;

    @Inject
    ListingDocuments documents;

    @Inject
    Products products;

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
}
