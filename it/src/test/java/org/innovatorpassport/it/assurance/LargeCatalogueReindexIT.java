package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.UUID;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.Stack;
import org.innovatorpassport.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A full rebuild of a catalogue with more product versions than PostgreSQL takes parameters in one
 * statement (65,535). The rebuild once asked about every product in one statement and answered 500
 * at 100,000 products; it now reads the catalogue a page at a time. The copies are written straight
 * into the database (through the API they would take minutes) and removed, with a second rebuild,
 * afterwards, so no other test sees them.
 */
@ExtendWith(ArquillianExtension.class)
class LargeCatalogueReindexIT {
    private static final int COPIES = 66_000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aCatalogueLargerThanOneStatementsParametersIsRebuiltWhole() throws Exception {
        Suppliers.Supplier supplier = Suppliers.register(base);
        String word = "Zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String original = Suppliers.createProduct(supplier.http(), word + " Original", "1.0").getString("id");
        try {
            TestDatabase.execute("insert into catalogue.product (id, line_id, supplier_id, name, product_version, summary, intended_purpose, "
                    + "intended_users, care_settings, conditions, platforms, device_class, marking, nice_tier, standards, pricing_model, "
                    + "created_at, updated_at, version) select gen_random_uuid(), gen_random_uuid(), supplier_id, '" + word + " Copy ' || g, "
                    + "product_version, summary, intended_purpose, intended_users, care_settings, conditions, platforms, device_class, "
                    + "marking, nice_tier, standards, pricing_model, created_at, updated_at, 0 from catalogue.product, "
                    + "generate_series(1, " + COPIES + ") g where id = '" + original + "'");
            Reply rebuilt = rebuild();
            assertEquals(200, rebuilt.status(), rebuilt.body());
            assertTrue(rebuilt.json().getInt("listings") > COPIES, rebuilt.body());
            Reply found = Http.as(base, Demo.TRUST).get("/api/catalogue?q=" + word + "&size=1");
            assertEquals(COPIES + 1, found.json().getInt("total"), "every copy and the original are listed after the rebuild");
        } finally {
            TestDatabase.execute("delete from catalogue.product where name like '" + word + " Copy %'");
            Reply rebuilt = rebuild();
            assertEquals(200, rebuilt.status(), rebuilt.body());
        }
        assertEquals(1, Http.as(base, Demo.TRUST).get("/api/catalogue?q=" + word).json().getInt("total"));
    }

    /** A rebuild of this size takes half a minute on an idle machine; a loaded one may need several. */
    private Reply rebuild() {
        Http admin = Http.as(base, Demo.ADMIN);
        return admin.send(admin.request("/api/admin/search-index").timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }
}
