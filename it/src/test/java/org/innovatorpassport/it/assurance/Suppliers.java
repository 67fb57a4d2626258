package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.security.SecureRandom;
import java.util.Locale;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;

/** Registers new suppliers through the public API and gives them products and DTAC submissions. */
public final class Suppliers {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Suppliers() {
    }

    /** A supplier registered by a test, with the credentials of its administrator. */
    public record Supplier(URL base, String organisationId, String legalName, String companiesHouseNumber,
                    String registeredAddress, String icoNumber, String dsptOdsCode, String contactName,
                    String contactEmail, String contactPhone, String password) {

        public Http http() {
            return Http.as(base, contactEmail, password);
        }
    }

    /** Registers a supplier whose name, Companies House number and email are new on every run. */
    public static Supplier register(URL base) {
        String run = token(6);
        Supplier wanted = new Supplier(base, null, "Integration Health " + run + " Ltd",
                String.format(Locale.ROOT, "%08d", RANDOM.nextInt(100_000_000)),
                run + " Test Street, Leeds LS1 4AP", "ZA" + digits(6), "8" + letters(2) + digits(2),
                "Ivy Tester", "it-" + run + "@supplier.example.org", "0113 496 " + digits(4),
                "correct-horse-" + token(8));
        Reply reply = Http.anonymous(base).post("/api/suppliers", Json.createObjectBuilder()
                .add("legalName", wanted.legalName())
                .add("companiesHouseNumber", wanted.companiesHouseNumber())
                .add("registeredAddress", wanted.registeredAddress())
                .add("icoNumber", wanted.icoNumber())
                .add("dsptOdsCode", wanted.dsptOdsCode())
                .add("contactName", wanted.contactName())
                .add("contactEmail", wanted.contactEmail())
                .add("contactPhone", wanted.contactPhone())
                .add("password", wanted.password())
                .build().toString());
        assertEquals(201, reply.status(), "registering a supplier: " + reply);
        JsonObject profile = reply.json();
        assertEquals(wanted.legalName(), Views.text(profile, "legalName"), reply.body());
        return new Supplier(base, Views.text(profile, "organisationId"), wanted.legalName(), wanted.companiesHouseNumber(),
                wanted.registeredAddress(), wanted.icoNumber(), wanted.dsptOdsCode(), wanted.contactName(),
                wanted.contactEmail(), wanted.contactPhone(), wanted.password());
    }

    /** A not-a-medical-device product for clinicians, described in full. */
    public static JsonObject productDetails(String name, String version) {
        return productDetails(name, version, "CLINICIANS");
    }

    /** A not-a-medical-device product for the given intended users (CLINICIANS, PATIENTS or BOTH), described in full. */
    static JsonObject productDetails(String name, String version, String intendedUsers) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("version", version)
                .add("summary", "Shows ward staff which patients are due observations.")
                .add("intendedPurpose", "Helps nurses schedule and record routine observations on adult wards.")
                .add("intendedUsers", intendedUsers)
                .add("careSettings", strings("Acute hospital"))
                .add("conditions", strings("Deteriorating patient"))
                .add("platforms", strings("WEB", "IOS"))
                .add("deviceClass", "NOT_A_DEVICE")
                .add("marking", "NONE")
                .add("niceTier", "A")
                .add("standards", strings("FHIR", "NHS_NUMBER", "PDS"))
                .add("pricingModel", "PER_SITE")
                .build();
    }

    public static JsonObject createProduct(Http supplier, String name, String version) {
        Reply reply = supplier.post("/api/products", productDetails(name, version).toString());
        assertEquals(201, reply.status(), "creating a product: " + reply);
        return reply.json();
    }

    static JsonObject openDtac(Http supplier, String productId) {
        Reply reply = supplier.post("/api/submissions",
                Json.createObjectBuilder().add("productId", productId).add("templateId", "dtac").build().toString());
        assertEquals(201, reply.status(), "opening a DTAC submission: " + reply);
        return reply.json();
    }

    /** A new supplier with one product and a draft DTAC submission for it. */
    record Draft(Supplier supplier, JsonObject product, JsonObject submission) {

        String submissionId() {
            return Views.text(submission, "id");
        }

        String productId() {
            return Views.text(product, "id");
        }
    }

    static Draft draft(URL base) {
        return draft(base, "CLINICIANS");
    }

    static Draft draft(URL base, String intendedUsers) {
        Supplier supplier = register(base);
        Reply created = supplier.http().post("/api/products",
                productDetails("Obs Planner " + token(4), "1.0." + digits(2), intendedUsers).toString());
        assertEquals(201, created.status(), "creating a product: " + created);
        JsonObject product = created.json();
        return new Draft(supplier, product, openDtac(supplier.http(), Views.text(product, "id")));
    }

    static String token(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    static String digits(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return s.toString();
    }

    static String letters(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    private static JsonArrayBuilder strings(String... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }
}
