package org.innovatorpassport.catalogue.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.innovatorpassport.catalogue.api.PatientListing;
import org.innovatorpassport.catalogue.api.ProductAssurance;
import org.innovatorpassport.catalogue.api.ProductDetails;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.AuditLog;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Outbox;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.platform.api.Validity;

@ApplicationScoped
@Transactional
class JpaProducts implements Products {

    @PersistenceContext(unitName = "catalogue")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Callers callers;

    @Inject
    ProductAssurance assurance;

    @Override
    public ProductView create(UUID supplierId, ProductDetails details) {
        Validity.require(validator, details);
        Product product = fresh(UUID.randomUUID(), supplierId, details);
        audit.record("product.created", "product", product.id, product.name + " " + product.productVersion);
        return view(product);
    }

    @Override
    public ProductView create(UUID supplierId, ProductDetails details, PatientListing listing) {
        if (listing != null) {
            Validity.require(validator, listing);
        }
        Validity.require(validator, details);
        Product product = fresh(UUID.randomUUID(), supplierId, details);
        product.list(listing);
        audit.record("product.created", "product", product.id, product.name + " " + product.productVersion);
        return view(product);
    }

    @Override
    public ProductView update(UUID productId, ProductDetails details, long revision) {
        Product product = own(productId);
        // Refused before the details are read: no correction of them would make the edit possible.
        if (!assurance.passported(List.of(product.id)).isEmpty()) {
            throw ProductActions.fixedByPassport(product.name, product.productVersion);
        }
        Validity.require(validator, details);
        if (product.version != revision) {
            throw Problem.conflict("This product was changed by someone else (revision " + product.version
                    + ", you had " + revision + "). Reload it and try again.");
        }
        if (!product.productVersion.equals(details.version().trim())) {
            throw Problem.invalid("version", "To change the version number, create a new version instead");
        }
        checkJoinable(details);
        product.describe(details);
        product.updatedAt = clock.instant();
        em.flush();
        audit.record("product.updated", "product", product.id, product.name + " " + product.productVersion);
        outbox.publish(CHANGED_TOPIC, product.id.toString());
        return view(product);
    }

    @Override
    public ProductView newVersion(UUID productId, ProductDetails details) {
        Validity.require(validator, details);
        Product previous = own(productId);
        boolean taken = !em.createQuery("select p.id from Product p where p.lineId = :line and p.productVersion = :v")
                .setParameter("line", previous.lineId).setParameter("v", details.version().trim()).getResultList().isEmpty();
        if (taken) {
            throw Problem.invalid("version", "Version " + details.version().trim() + " of this product already exists");
        }
        Product next = fresh(previous.lineId, previous.supplierId, details);
        next.list(previous.listing());
        audit.record("product.version-created", "product", next.id, "version " + next.productVersion + " after " + previous.productVersion);
        return view(next);
    }

    @Override
    public ProductView describeListing(UUID productId, PatientListing listing) {
        Product product = own(productId);
        if (listing == null) {
            throw Problem.invalid("whatItDoes", "Say in plain English what the product does");
        }
        Validity.require(validator, listing);
        boolean first = product.listing() == null;
        product.list(listing);
        product.updatedAt = clock.instant();
        em.flush();
        audit.record(first ? "product.listing-written" : "product.listing-changed", "product", product.id,
                product.name + " " + product.productVersion);
        outbox.publish(CHANGED_TOPIC, product.id.toString());
        return view(product);
    }

    @Override
    public Optional<ProductView> find(UUID productId) {
        return Optional.ofNullable(em.find(Product.class, productId)).map(this::view);
    }

    @Override
    public Map<UUID, ProductView> find(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return views(em.createQuery("select p from Product p where p.id in :ids", Product.class).setParameter("ids", productIds)
                .getResultList()).stream().collect(Collectors.toMap(ProductView::id, view -> view));
    }

    @Override
    public ProductView get(UUID productId) {
        Product product = load(productId);
        Caller caller = callers.required();
        if (caller.hasRole(Roles.SUPPLIER) && !caller.actsFor(product.supplierId)) {
            throw Problem.notFound("Product " + productId);
        }
        return view(product);
    }

    @Override
    public List<ProductView> ofSupplier(UUID supplierId) {
        return views(em.createQuery("select p from Product p where p.supplierId = :s order by p.name, p.createdAt", Product.class)
                .setParameter("s", supplierId).getResultList());
    }

    @Override
    public List<ProductView> versions(UUID lineId) {
        return views(em.createQuery("select p from Product p where p.lineId = :l order by p.createdAt", Product.class)
                .setParameter("l", lineId).getResultList());
    }

    @Override
    public List<ProductView> page(UUID after, int limit) {
        var query = after == null
                ? em.createQuery("select p from Product p order by p.id", Product.class)
                : em.createQuery("select p from Product p where p.id > :after order by p.id", Product.class).setParameter("after", after);
        return views(query.setMaxResults(limit).getResultList());
    }

    private ProductView view(Product product) {
        return views(List.of(product)).get(0);
    }

    /** Many products with one question to assurance, whatever their number. */
    private List<ProductView> views(List<Product> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<UUID> passported = assurance.passported(found.stream().map(p -> p.id).toList());
        Optional<Caller> caller = Callers.ofRequest(callers);
        return found.stream().map(p -> p.view(passported.contains(p.id),
                ProductActions.allowed(p.supplierId, passported.contains(p.id), caller))).toList();
    }

    private Product fresh(UUID lineId, UUID supplierId, ProductDetails details) {
        checkJoinable(details);
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.lineId = lineId;
        product.supplierId = supplierId;
        product.describe(details);
        Instant now = clock.instant();
        product.createdAt = now;
        product.updatedAt = now;
        em.persist(product);
        outbox.publish(CHANGED_TOPIC, product.id.toString());
        return product;
    }

    /** The caller's own product; another supplier's is "not found", so its existence is not revealed. */
    private Product own(UUID productId) {
        Product product = load(productId);
        if (!callers.required().actsFor(product.supplierId)) {
            throw Problem.notFound("Product " + productId);
        }
        return product;
    }

    private Product load(UUID productId) {
        Product product = em.find(Product.class, productId);
        if (product == null) {
            throw Problem.notFound("Product " + productId);
        }
        return product;
    }

    private static void checkJoinable(ProductDetails details) {
        if (!Product.joinable(details.careSettings())) {
            throw Problem.invalid("careSettings", "A care setting may not contain the character |");
        }
        if (!Product.joinable(details.conditions())) {
            throw Problem.invalid("conditions", "A condition may not contain the character |");
        }
    }
}
