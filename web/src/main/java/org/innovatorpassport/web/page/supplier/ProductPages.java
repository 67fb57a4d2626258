package org.innovatorpassport.web.page.supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.assurance.api.SubmissionSummary;
import org.innovatorpassport.assurance.api.Submissions;
import org.innovatorpassport.catalogue.api.PatientListing;
import org.innovatorpassport.catalogue.api.ProductDetails;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.FormInput;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;

/**
 * A supplier's products: describe one, change a version in place, describe a new version, and start
 * its DTAC submission. Each version is its own product, so a passport names exactly what it covers.
 */
@Path("/supplier/products")
@Produces(Replies.HTML)
@RolesAllowed(Roles.SUPPLIER)
public class ProductPages {
    static final String DTAC = "dtac";

    /** A form for a new product, or for a new version of {@code product} (null for a new product). */
    public record DescribeScreen(Shell shell, ProductView product, ProductForm form, ErrorSummary summary) {
    }

    /** One product version with its assurance, its other versions, and the form to change it. */
    public record ProductScreen(Shell shell, ProductView product, Optional<PassportView> passport,
                                List<SubmissionSummary> submissions, List<ProductView> versions, ProductForm form,
                                ListingForm listing, ErrorSummary summary, String done) {
    }

    @Inject
    Products products;

    @Inject
    Submissions submissions;

    @Inject
    Passports passports;

    @Inject
    Callers callers;


    @GET
    @Path("new")
    @RolesAllowed(Roles.SUPPLIER)
    public View newProduct() {
        return describe(null, null, null);
    }

    @POST
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        ProductDetails details = ProductForm.read(new FormInput(fields));
        return Replies.attempt(() -> Replies.seeOther("/supplier/products/"
                + products.create(callers.required().organisationId(), details).id() + "?done=created"),
                refused -> describe(null, details, refused));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.SUPPLIER)
    public View show(@PathParam("id") UUID id, @QueryParam("done") String done) {
        ProductView product = products.get(id);
        return screen(product, product.details(), null, done);
    }

    @POST
    @Path("{id}/listing")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response describeListing(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        products.get(id);
        PatientListing listing = ListingForm.read(new FormInput(fields));
        return Replies.attempt(() -> {
            products.describeListing(id, listing);
            return Replies.seeOther("/supplier/products/" + id + "?done=listed");
        }, refused -> {
            ProductView product = products.get(id);
            return screen(product, product.details(), listing, refused, ListingForm.summary(refused), null);
        });
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        products.get(id);
        FormInput form = new FormInput(fields);
        ProductDetails details = ProductForm.read(form);
        return Replies.attempt(() -> {
            products.update(id, details, form.number("revision"));
            return Replies.seeOther("/supplier/products/" + id + "?done=updated");
        }, refused -> screen(products.get(id), details, refused, null)); // re-read: a conflict shows the latest revision
    }

    @GET
    @Path("{id}/versions/new")
    @RolesAllowed(Roles.SUPPLIER)
    public View newVersion(@PathParam("id") UUID id) {
        ProductView product = products.get(id);
        ProductDetails d = product.details();
        return describe(product, new ProductDetails(d.name(), ProductForm.nextVersion(d.version()), d.summary(), d.intendedPurpose(), d.intendedUsers(),
                d.careSettings(), d.conditions(), d.platforms(), d.deviceClass(), d.marking(), d.niceTier(), d.standards(),
                d.pricingModel()), null);
    }

    @POST
    @Path("{id}/versions")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createVersion(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        ProductView product = products.get(id);
        ProductDetails details = ProductForm.read(new FormInput(fields));
        return Replies.attempt(() -> Replies.seeOther("/supplier/products/" + products.newVersion(id, details).id() + "?done=versioned"),
                refused -> describe(product, details, refused));
    }

    @POST
    @Path("{id}/submissions")
    @RolesAllowed(Roles.SUPPLIER)
    public Response startDtac(@PathParam("id") UUID id) {
        ProductView product = products.get(id);
        return Replies.attempt(() -> Replies.seeOther("/supplier/submissions/" + submissions.open(id, DTAC).id()),
                refused -> screen(product, product.details(), refused, null));
    }

    private View describe(ProductView product, ProductDetails typed, Problem problem) {
        String title = product == null ? "Describe a product" : "New version of " + product.details().name();
        return new View("supplier/describe", new DescribeScreen(Shell.of(title, callers.current(), problem), product,
                ProductForm.of(typed, problem), ProductForm.summary(problem)));
    }

    private View screen(ProductView product, ProductDetails typed, Problem problem, String done) {
        return screen(product, typed, product.listing(), problem, ProductForm.summary(problem), done);
    }

    private View screen(ProductView product, ProductDetails typed, PatientListing listing, Problem problem, ErrorSummary summary,
                        String done) {
        ProductDetails d = product.details();
        // a refusal about the listing marks the listing's fields, any other marks the details'
        boolean aboutListing = problem != null && problem.fieldErrors().keySet().stream().anyMatch(ListingForm.ORDER::contains);
        List<SubmissionSummary> ofThisVersion = submissions.list().stream().filter(s -> s.productId().equals(product.id())).toList();
        return new View("supplier/product", new ProductScreen(Shell.of(d.name() + " " + d.version(), callers.current(), problem),
                product, passports.ofProduct(product.id()), ofThisVersion, products.versions(product.lineId()),
                ProductForm.of(typed, aboutListing ? null : problem), ListingForm.of(listing, aboutListing ? problem : null), summary, done));
    }
}
