package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;

/** Assurance bodies of a test's own, made by the platform admin, each with assessors who can sign in. */
final class AssuranceBodies {
    private static final String PASSWORD = "assessor-pass-" + Suppliers.token(8);

    private AssuranceBodies() {
    }

    /** One assessor: the user id and how to call as them. */
    record Assessor(String id, String name, String email) {
        Http http(URL base) {
            return Http.as(base, email, PASSWORD);
        }

        String password() {
            return PASSWORD;
        }
    }

    record Body(String id, String name, List<Assessor> assessors) {
        Assessor assessor(int index) {
            return assessors.get(index);
        }
    }

    static Body create(URL base, int assessors) {
        Http admin = Http.as(base, Demo.ADMIN);
        String run = Suppliers.token(6);
        String name = "Assurance Body " + run;
        Reply body = admin.post("/api/admin/organisations", Json.createObjectBuilder().add("kind", "ASSURANCE_BODY").add("name", name)
                .build().toString());
        assertEquals(201, body.status(), "creating an assurance body: " + body);
        String id = Views.text(body.json(), "id");
        List<Assessor> made = new ArrayList<>();
        for (int i = 1; i <= assessors; i++) {
            String email = "assessor-" + i + "-" + run.toLowerCase() + "@assurance.example.org";
            String display = "Assessor " + i + " of " + run;
            Reply user = admin.post("/api/admin/organisations/" + id + "/users", Json.createObjectBuilder().add("email", email)
                    .add("displayName", display).add("password", PASSWORD).build().toString());
            assertEquals(201, user.status(), "creating an assessor: " + user);
            made.add(new Assessor(Views.text(user.json(), "id"), display, email));
        }
        return new Body(id, name, List.copyOf(made));
    }
}
