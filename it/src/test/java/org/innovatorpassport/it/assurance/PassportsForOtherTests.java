package org.innovatorpassport.it.assurance;

import java.net.URL;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;

/**
 * What tests of other modules need from this package's helpers, without reaching into them: a
 * product with a passport of its own (so the test may suspend it), and a new trust no other test uses.
 */
public final class PassportsForOtherTests {

    /** A freshly issued passport, its product version, and how to act as its supplier. */
    public record Assured(String passportId, String passportCode, String productId, String supplierEmail, String supplierPassword) {
    }

    /** A new NHS trust with one user. */
    public record NewTrust(String organisationId, String odsCode, String name, String email, String password) {
    }

    private PassportsForOtherTests() {
    }

    public static Assured issue(URL base) {
        IssuedPassports.Issued issued = IssuedPassports.issue(base);
        return new Assured(issued.id(), Views.text(issued.passport(), "code"), Views.text(issued.passport(), "productId"),
                issued.supplier().contactEmail(), issued.supplier().password());
    }

    public static NewTrust trust(URL base) {
        Trusts.Trust trust = Trusts.create(base);
        String ods = Views.text(Http.as(base, Demo.ADMIN).get("/api/admin/organisations/" + trust.organisationId()).json(), "odsCode");
        return new NewTrust(trust.organisationId(), ods, trust.name(), trust.email(), trust.password());
    }
}
