package org.innovatorpassport.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.UUID;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;

/** Writes one product's listing into the index, or removes it when the product is gone. */
@ApplicationScoped
class ListingProjection {

    @Inject
    ElasticsearchConnection elasticsearch;

    @Inject
    ListingsIndex index;

    @Inject
    ListingDocuments documents;

    @Inject
    Products products;

    void refresh(UUID productId) throws IOException {
        index.ensureAlias();
        String alias = elasticsearch.listingsAlias();
        var product = products.find(productId);
        if (product.isEmpty()) {
            elasticsearch.client().delete(d -> d.index(alias).id(productId.toString()));
            return;
        }
        ProductView view = product.get();
        elasticsearch.client().index(i -> i.index(alias).id(productId.toString()).document(documents.of(view)));
    }
}
