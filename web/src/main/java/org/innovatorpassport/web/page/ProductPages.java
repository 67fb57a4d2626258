package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.assurance.api.SubmissionSummary;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.assurance.api.Submissions;
import org.innovatorpassport.catalogue.api.ProductDetails;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;

/**
 * A supplier's products: describe one, change a version in place, describe a new version, and start
 * its DTAC submission. Each version is its own product, so a passport names exactly what it covers.
 */
@Path("/supplier/products")
@Produces(Replies.HTML)
@RolesAllowed(Roles.SUPPLIER)
public class ProductPages {
    static final String DTAC = "dtac";

    @Inject
    Products products;

    @Inject
    Submissions submissions;

    @Inject
    Passports passports;

    @Inject
    Callers callers;

    @Inject
    Validator validator;

    @GET
    @Path("new")
    @RolesAllowed(Roles.SUPPLIER)
    public String newProduct() {
        return describe(null, null);
    }

    @POST
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        ProductDetails details = ProductForm.read(new FormInput(fields));
        Problem refused = ProductForm.check(validator, details);
        if (refused == null) {
            try {
                ProductView created = products.create(callers.required().organisationId(), details);
                return Replies.seeOther("/supplier/products/" + created.id() + "?done=created");
            } catch (RuntimeException e) {
                refused = Replies.refusal(e);
            }
        }
        return Replies.page(refused.status(), describe(details, refused));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.SUPPLIER)
    public String show(@PathParam("id") UUID id, @QueryParam("done") String done) {
        ProductView product = own(id);
        return render(product, product.details(), null, banner(done));
    }

    @POST
    @Path("{id}")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        ProductView product = own(id);
        FormInput form = new FormInput(fields);
        ProductDetails details = ProductForm.read(form);
        Problem refused = ProductForm.check(validator, details);
        if (refused == null) {
            try {
                products.update(id, details, form.number("revision"));
                return Replies.seeOther("/supplier/products/" + id + "?done=updated");
            } catch (RuntimeException e) {
                refused = Replies.refusal(e);
            }
        }
        // Re-read so a conflict shows the latest revision; the form keeps what was typed.
        return Replies.page(refused.status(), render(own(id), details, refused, null));
    }

    @GET
    @Path("{id}/versions/new")
    @RolesAllowed(Roles.SUPPLIER)
    public String newVersion(@PathParam("id") UUID id) {
        ProductView product = own(id);
        ProductDetails d = product.details();
        return versionPage(product, new ProductDetails(d.name(), "", d.summary(), d.intendedPurpose(), d.intendedUsers(),
                d.careSettings(), d.conditions(), d.platforms(), d.deviceClass(), d.marking(), d.niceTier(), d.standards(),
                d.pricingModel()), null);
    }

    @POST
    @Path("{id}/versions")
    @RolesAllowed(Roles.SUPPLIER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createVersion(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        ProductView product = own(id);
        ProductDetails details = ProductForm.read(new FormInput(fields));
        Problem refused = ProductForm.check(validator, details);
        if (refused == null) {
            try {
                ProductView created = products.newVersion(id, details);
                return Replies.seeOther("/supplier/products/" + created.id() + "?done=versioned");
            } catch (RuntimeException e) {
                refused = Replies.refusal(e);
            }
        }
        return Replies.page(refused.status(), versionPage(product, details, refused));
    }

    @POST
    @Path("{id}/submissions")
    @RolesAllowed(Roles.SUPPLIER)
    public Response startDtac(@PathParam("id") UUID id) {
        ProductView product = own(id);
        try {
            SubmissionView opened = submissions.open(id, DTAC);
            return Replies.seeOther("/supplier/submissions/" + opened.id());
        } catch (RuntimeException e) {
            Problem refused = Replies.refusal(e);
            return Replies.page(refused.status(), render(product, product.details(), refused, null));
        }
    }

    /** The catalogue keeps one supplier out of another's products (this page is for suppliers only). */
    private ProductView own(UUID id) {
        return products.get(id);
    }

    private String describe(ProductDetails typed, Problem problem) {
        return Layout.page(Forms.title("Describe a product", problem), callers.current(), """
                <div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
                %s
                <h1>Describe a product</h1>
                <p>Describe one version of your product. Assurance and passports are given to a version.</p>
                <form method="post" action="/supplier/products" novalidate>
                %s%s
                </form>
                </div></div>
                """.formatted(Forms.errorSummary(problem, ProductForm.ORDER, ProductForm::anchor),
                ProductForm.fields(typed, problem), Forms.button("Save product")));
    }

    private String versionPage(ProductView product, ProductDetails typed, Problem problem) {
        String title = "New version of " + product.details().name();
        return Layout.page(Forms.title(title, problem), callers.current(), """
                <div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
                %s
                <h1>%s</h1>
                <p>Version %s stays as it is, with any passport it has. The new version needs its own assurance.</p>
                <form method="post" action="/supplier/products/%s/versions" novalidate>
                %s%s
                </form>
                <p><a href="/supplier/products/%s">Back to version %s</a></p>
                </div></div>
                """.formatted(Forms.errorSummary(problem, ProductForm.ORDER, ProductForm::anchor), text(title),
                text(product.details().version()), product.id(), ProductForm.fields(typed, problem),
                Forms.button("Save new version"), product.id(), text(product.details().version())));
    }

    private String render(ProductView product, ProductDetails typed, Problem problem, String banner) {
        ProductDetails d = product.details();
        String body = Forms.errorSummary(problem, ProductForm.ORDER, ProductForm::anchor) + Notices.success(banner)
                + "<span class=\"nhsuk-caption-l\">Product</span><h1>" + text(d.name() + " " + d.version()) + "</h1>"
                + "<p class=\"nhsuk-lede-text\">" + text(d.summary()) + "</p>"
                + assurance(product) + versions(product)
                + "<h2>Change the details of version " + text(d.version()) + "</h2>"
                + "<form method=\"post\" action=\"/supplier/products/" + product.id() + "\" novalidate>"
                + Forms.hidden("revision", product.revision()) + ProductForm.fields(typed, problem)
                + Forms.button("Save changes") + "</form>";
        return Layout.page(Forms.title(d.name() + " " + d.version(), problem), callers.current(), body);
    }

    private String assurance(ProductView product) {
        List<List<String>> rows = new ArrayList<>();
        for (SubmissionSummary s : submissions.list()) {
            if (s.productId().equals(product.id())) {
                rows.add(List.of(Tables.link("/supplier/submissions/" + s.id(),
                        SubmissionCriteria.assessment(s.templateId(), s.templateVersion())), Tags.submission(s.status()), text(Dates.moment(s.updatedAt()))));
            }
        }
        String passport = passports.ofProduct(product.id()).map(ProductPages::passportLine).orElse("<p>This version has no passport yet.</p>");
        return "<h2>Assurance</h2>" + passport
                + Tables.tableOrNone("Submissions for this version", List.of("Assessment", "Status", "Last changed"), rows,
                "No submission has been started for this version.")
                + Forms.action("/supplier/products/" + product.id() + "/submissions", Forms.button("Start a DTAC submission"));
    }

    private static String passportLine(PassportView p) {
        return "<p>Passport: " + Tags.passport(p.status()) + " " + Tables.link("/passports/" + p.id(), "View the passport")
                + ", expires " + text(Dates.day(p.expiresOn())) + ".</p>";
    }

    private String versions(ProductView product) {
        List<List<String>> rows = new ArrayList<>();
        for (ProductView v : products.versions(product.lineId())) {
            rows.add(List.of(v.id().equals(product.id()) ? text(v.details().version()) + " (this version)"
                    : Tables.link("/supplier/products/" + v.id(), "Version " + v.details().version()), text(Dates.moment(v.createdAt()))));
        }
        return "<h2>Versions</h2>" + Tables.table("Versions of " + product.details().name(), List.of("Version", "Described"), rows)
                + "<p>" + Tables.link("/supplier/products/" + product.id() + "/versions/new", "Describe a new version") + "</p>";
    }

    private static String banner(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "created" -> "Your product has been saved.";
            case "updated" -> "Your changes have been saved.";
            case "versioned" -> "The new version has been saved.";
            default -> null;
        };
    }
}
