package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.URL;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;

/** NHS trusts made by the platform administrator, for tests that need one no other test has used. */
final class Trusts {

    private Trusts() {
    }

    record Trust(URL base, String organisationId, String name, String email, String password) {

        Http http() {
            return Http.as(base, email, password);
        }
    }

    static Trust create(URL base) {
        Http admin = Http.as(base, Demo.ADMIN);
        String name = "Test Valley NHS Trust " + Suppliers.token(5);
        Reply organisation = admin.post("/api/admin/organisations", Json.createObjectBuilder()
                .add("kind", "NHS_TRUST").add("name", name)
                .add("odsCode", "Z" + Suppliers.letters(1) + Suppliers.digits(1) + Suppliers.letters(1) + Suppliers.digits(1))
                .build().toString());
        assertEquals(201, organisation.status(), "creating a trust: " + organisation);
        String id = Views.text(organisation.json(), "id");
        String email = "it-" + Suppliers.token(8) + "@trust.example.nhs.uk";
        String password = "trust-password-" + Suppliers.token(6);
        Reply user = admin.post("/api/admin/organisations/" + id + "/users", Json.createObjectBuilder()
                .add("email", email).add("displayName", "Tess Trust").add("password", password).build().toString());
        assertEquals(201, user.status(), "creating a trust user: " + user);
        return new Trust(base, id, name, email, password);
    }
}
