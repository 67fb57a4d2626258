package org.innovatorpassport.web.fhir;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hl7.fhir.r4.model.Resource;
import org.innovatorpassport.assurance.api.DirectoryEntry;
import org.innovatorpassport.assurance.api.DirectoryPage;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.Products;
import org.innovatorpassport.onboarding.api.Onboarding;
import org.innovatorpassport.onboarding.api.SupplierProfile;
import org.innovatorpassport.platform.api.Problem;

/**
 * The FHIR R4 directory of assured products, read-only and public. A search answers one page as a
 * searchset Bundle in a bounded number of queries whatever the page size: one count and one page of
 * passports, one query for their products or suppliers. Whatever goes wrong is answered as an
 * OperationOutcome, never as this API's problem+json, since a FHIR client reads only the former.
 */
@Path("/fhir")
@Produces({FhirJson.MEDIA_TYPE, "application/json"})
@PermitAll
public class FhirDirectoryResource {
    private static final Logger LOG = Logger.getLogger(FhirDirectoryResource.class.getName());

    @Inject
    FhirJson json;

    @Inject
    Passports passports;

    @Inject
    Products products;

    @Inject
    Onboarding onboarding;

    @Inject
    @ConfigProperty(name = "PASSPORT_PUBLIC_URL", defaultValue = "http://127.0.0.1:8080")
    String publicUrl;

    @Context
    UriInfo uri;

    private DeviceDefinitions devices;
    private Organizations organizations;

    @PostConstruct
    void names() {
        DirectoryNames names = new DirectoryNames(publicUrl);
        devices = new DeviceDefinitions(names);
        organizations = new Organizations(names);
    }

    @GET
    @Path("metadata")
    @PermitAll
    public Response metadata() {
        return answer(() -> DirectoryCapabilities.statement(base()));
    }

    @GET
    @Path("DeviceDefinition")
    @PermitAll
    public Response searchDevices() {
        return answer(() -> {
            DirectoryQuery query = DirectoryQuery.parse(uri.getQueryParameters(), true);
            DirectoryPage<DirectoryEntry> page = passports.directory(query.search());
            Map<UUID, ProductView> shown = products.find(page.entries().stream().map(e -> e.passport().productId()).toList());
            return new SearchBundle(uri, base(), query, page.total()).with(page.entries().stream()
                    .<Resource>map(e -> devices.of(e, shown.get(e.passport().productId()))).toList());
        });
    }

    @GET
    @Path("DeviceDefinition/{id}")
    @PermitAll
    public Response readDevice(@PathParam("id") String id) {
        return answer(() -> {
            DirectoryEntry entry = passports.directoryEntry(id(id, "DeviceDefinition"))
                    .orElseThrow(() -> FhirRefusal.notFound("No DeviceDefinition/" + id + " in this directory"));
            return devices.of(entry, products.find(entry.passport().productId()).orElse(null));
        });
    }

    @GET
    @Path("Organization")
    @PermitAll
    public Response searchOrganizations() {
        return answer(() -> {
            DirectoryQuery query = DirectoryQuery.parse(uri.getQueryParameters(), false);
            DirectoryPage<UUID> page = passports.directorySuppliers(query.search());
            Map<UUID, SupplierProfile> profiles = onboarding.profiles(page.entries());
            return new SearchBundle(uri, base(), query, page.total()).with(page.entries().stream()
                    .filter(profiles::containsKey).<Resource>map(s -> organizations.of(profiles.get(s))).toList());
        });
    }

    @GET
    @Path("Organization/{id}")
    @PermitAll
    public Response readOrganization(@PathParam("id") String id) {
        return answer(() -> {
            UUID supplier = id(id, "Organization");
            Map<UUID, SupplierProfile> profile = passports.directoryLists(supplier) ? onboarding.profiles(List.of(supplier)) : Map.of();
            if (!profile.containsKey(supplier)) {
                throw FhirRefusal.notFound("No Organization/" + id + " in this directory");
            }
            return organizations.of(profile.get(supplier));
        });
    }

    /** Any other resource type or interaction: this directory has only the two types above. */
    @GET
    @Path("{other:.+}")
    @PermitAll
    public Response unsupported(@PathParam("other") String other) {
        return answer(() -> {
            throw new FhirRefusal(404, "not-supported", "This directory serves only DeviceDefinition, Organization and "
                    + "metadata; not " + other);
        });
    }

    private Response answer(Supplier<Resource> work) {
        try {
            return reply(200, work.get());
        } catch (FhirRefusal refusal) {
            return reply(refusal.status(), FhirJson.outcome(refusal.issueCode(), refusal.getMessage()));
        } catch (Problem problem) {
            return reply(problem.status() >= 500 ? 503 : problem.status(),
                    FhirJson.outcome(problem.status() == 404 ? "not-found" : "processing", problem.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The FHIR directory could not answer " + uri.getRequestUri(), e);
            return reply(500, FhirJson.outcome("exception", "The directory could not answer; try again later"));
        }
    }

    private Response reply(int status, Resource resource) {
        return Response.status(status).entity(json.write(resource)).type(FhirJson.REPLY_TYPE).build();
    }

    private String base() {
        String root = uri.getBaseUri().toString();
        return (root.endsWith("/") ? root : root + "/") + "fhir";
    }

    private static UUID id(String id, String type) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw FhirRefusal.notFound("No " + type + "/" + id + " in this directory");
        }
    }
}
