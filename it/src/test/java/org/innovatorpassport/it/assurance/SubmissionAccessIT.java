package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.it.assurance.Suppliers.Draft;
import org.innovatorpassport.it.assurance.Suppliers.Supplier;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may see and change a submission, optimistic locking of answers and products, and colleagues
 * joining a supplier through a one-time invitation.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionAccessIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void trustCanNeitherListNorOpenSubmissions() {
        Draft draft = Suppliers.draft(base);
        Http trust = Http.as(base, Demo.TRUST);
        Problems.assertProblem(trust.get("/api/submissions"), 403, "/problems/forbidden");
        Problems.assertProblem(trust.get("/api/submissions/" + draft.submissionId()), 403, "/problems/forbidden");
    }

    @Test
    void anotherSupplierNeitherSeesNorFindsSomeoneElsesSubmission() {
        Draft draft = Suppliers.draft(base);
        Http other = Http.as(base, Demo.SUPPLIER);
        Problems.assertProblem(other.get("/api/submissions/" + draft.submissionId()), 404, "/problems/not-found");
        Reply list = other.get("/api/submissions");
        assertEquals(200, list.status(), list.body());
        assertFalse(idsOf(list).contains(draft.submissionId()), "a supplier lists only its own submissions");

        Reply own = draft.supplier().http().get("/api/submissions");
        assertEquals(200, own.status(), own.body());
        assertEquals(List.of(draft.submissionId()), idsOf(own), "the owner lists its submission");
    }

    @Test
    void assessorCannotOpenADraftNorSeeItInTheList() {
        Draft draft = Suppliers.draft(base);
        Http assessor = Http.as(base, Demo.ASSESSOR);
        Problems.assertProblem(assessor.get("/api/submissions/" + draft.submissionId()), 404, "/problems/not-found");
        Reply list = assessor.get("/api/submissions");
        assertEquals(200, list.status(), list.body());
        assertFalse(idsOf(list).contains(draft.submissionId()), "drafts are not listed for assessors");
        for (JsonObject summary : Views.objects(list.array())) {
            assertNotEquals("DRAFT", Views.text(summary, "status"), "the assessor's list holds no drafts: " + summary);
        }
    }

    @Test
    void answersSavedAgainstAStaleRevisionAreAConflictAndChangeNothing() {
        Draft draft = Suppliers.draft(base);
        Http supplier = draft.supplier().http();
        String path = "/api/submissions/" + draft.submissionId() + "/answers";
        long revision = draft.submission().getJsonNumber("revision").longValue();

        Reply first = supplier.put(path, DtacAnswers.answersJson(revision, Map.of("A9", "United Kingdom")));
        assertEquals(200, first.status(), first.body());
        assertNotEquals(revision, first.json().getJsonNumber("revision").longValue(), "saving moves the revision on");

        Reply stale = supplier.put(path, DtacAnswers.answersJson(revision, Map.of("A9", "France")));
        Problems.assertProblem(stale, 409, "/problems/conflict");
        JsonObject now = supplier.get("/api/submissions/" + draft.submissionId()).json();
        assertEquals("United Kingdom", Views.answerValue(Views.criterion(now, "A9")), "the stale change was not saved");
    }

    @Test
    void invalidAnswerIsSavedAndListedAsAProblem() {
        Draft draft = Suppliers.draft(base);
        Reply saved = draft.supplier().http().put("/api/submissions/" + draft.submissionId() + "/answers",
                DtacAnswers.answersJson(draft.submission().getJsonNumber("revision").longValue(), Map.of("C1.1", "maybe")));
        assertEquals(200, saved.status(), saved.body());
        assertEquals("maybe", Views.answerValue(Views.criterion(saved.json(), "C1.1")));
        JsonObject problems = Views.object(saved.json(), "answerProblems");
        assertTrue(problems != null && problems.containsKey("C1.1"), "the invalid answer is listed: " + problems);
    }

    @Test
    void answerToAnUnknownCriterionIsABadRequest() {
        Draft draft = Suppliers.draft(base);
        Reply reply = draft.supplier().http().put("/api/submissions/" + draft.submissionId() + "/answers",
                DtacAnswers.answersJson(draft.submission().getJsonNumber("revision").longValue(), Map.of("Z99.9", "yes")));
        Problems.assertProblem(reply, 400);
    }

    @Test
    void productChangedAgainstAStaleRevisionIsAConflictAndChangesNothing() {
        Supplier supplier = Suppliers.register(base);
        Http http = supplier.http();
        JsonObject product = Suppliers.createProduct(http, "Rota Helper " + Suppliers.token(4), "1.0");
        String path = "/api/products/" + Views.text(product, "id");
        long revision = product.getJsonNumber("revision").longValue();

        Reply first = http.put(path, change(Suppliers.productDetails("Rota Helper Plus", "1.0"), revision));
        assertEquals(200, first.status(), first.body());
        assertEquals("Rota Helper Plus", Views.text(Views.object(first.json(), "details"), "name"));

        Reply stale = http.put(path, change(Suppliers.productDetails("Rota Helper Pro", "1.0"), revision));
        Problems.assertProblem(stale, 409, "/problems/conflict");
        assertEquals("Rota Helper Plus", Views.text(Views.object(http.get(path).json(), "details"), "name"),
                "the stale change was not saved");
    }

    @Test
    void newProductVersionSharesTheLineOfTheFirst() {
        Supplier supplier = Suppliers.register(base);
        Http http = supplier.http();
        JsonObject first = Suppliers.createProduct(http, "Clinic Queue", "1.0");
        Reply second = http.post("/api/products/" + Views.text(first, "id") + "/versions",
                Suppliers.productDetails("Clinic Queue", "2.0").toString());
        assertEquals(201, second.status(), second.body());
        assertNotEquals(Views.text(first, "id"), Views.text(second.json(), "id"), "a version is its own product");
        assertEquals(Views.text(first, "lineId"), Views.text(second.json(), "lineId"));
        assertEquals("2.0", Views.text(Views.object(second.json(), "details"), "version"));
    }

    @Test
    void unknownProductIsNotFound() {
        Supplier supplier = Suppliers.register(base);
        String unknown = UUID.randomUUID().toString();
        Problems.assertProblem(supplier.http().get("/api/products/" + unknown), 404, "/problems/not-found");
        assertOpeningRefused(supplier.http(), unknown);
    }

    @Test
    void anotherSuppliersProductIsNotFound() {
        Supplier owner = Suppliers.register(base);
        JsonObject product = Suppliers.createProduct(owner.http(), "Private Product", "1.0");
        Http other = Http.as(base, Demo.SUPPLIER);
        Problems.assertProblem(other.get("/api/products/" + Views.text(product, "id")), 404, "/problems/not-found");
        assertOpeningRefused(other, Views.text(product, "id"));
    }

    /** Opening a submission for a product that is not the caller's is refused (400 or 404) and opens nothing. */
    private static void assertOpeningRefused(Http supplier, String productId) {
        List<String> before = idsOf(supplier.get("/api/submissions"));
        Reply opened = supplier.post("/api/submissions",
                Json.createObjectBuilder().add("productId", productId).add("templateId", "dtac").build().toString());
        assertTrue(opened.status() == 400 || opened.status() == 404, "opening is refused: " + opened);
        Problems.assertProblem(opened, opened.status());
        assertEquals(before, idsOf(supplier.get("/api/submissions")), "nothing was opened");
    }

    @Test
    void invitedColleagueJoinsOnceAndSeesTheOrganisationsProducts() {
        Supplier supplier = Suppliers.register(base);
        Http admin = supplier.http();
        JsonObject product = Suppliers.createProduct(admin, "Shared Product " + Suppliers.token(4), "3.1");
        String email = "colleague-" + Suppliers.token(8) + "@supplier.example.org";

        Reply invited = admin.post("/api/suppliers/me/invitations", Json.createObjectBuilder().add("email", email).build().toString());
        assertEquals(201, invited.status(), invited.body());
        JsonObject invitation = invited.json();
        String token = Views.text(invitation, "token");
        assertTrue(token != null && token.length() >= 20, "the inviter gets a long one-time token: " + token);
        assertEquals(supplier.organisationId(), Views.text(invitation, "organisationId"));
        assertEquals(email, Views.text(invitation, "email"));
        assertNull(Views.text(invitation, "acceptedAt"));

        Http anonymous = Http.anonymous(base);
        Reply pending = anonymous.get("/api/invitations/" + token);
        assertEquals(200, pending.status(), "the link shows the invitation: " + pending);
        assertEquals(email, Views.text(pending.json(), "email"));
        assertNull(Views.text(pending.json(), "token"), "the token is not shown again");

        String password = "colleague-password-" + Suppliers.token(4);
        String acceptance = Json.createObjectBuilder().add("displayName", "Cole League").add("password", password).build().toString();
        Reply accepted = anonymous.post("/api/invitations/" + token, acceptance);
        assertEquals(204, accepted.status(), accepted.body());
        Problems.assertProblem(anonymous.post("/api/invitations/" + token, acceptance), 410);
        Problems.assertProblem(anonymous.get("/api/invitations/" + token), 410);

        Http colleague = Http.as(base, email, password);
        Reply me = colleague.get("/api/me");
        assertEquals(200, me.status(), "the colleague signs in: " + me);
        assertEquals(supplier.organisationId(), Views.text(me.json(), "organisationId"));
        Reply products = colleague.get("/api/products");
        assertEquals(200, products.status(), products.body());
        assertTrue(idsOf(products).contains(Views.text(product, "id")), "the colleague sees the organisation's products");
        Problems.assertProblem(colleague.post("/api/suppliers/me/invitations",
                Json.createObjectBuilder().add("email", "third-" + email).build().toString()), 403, "/problems/forbidden");
    }

    private static String change(JsonObject details, long revision) {
        return Json.createObjectBuilder().add("details", details).add("revision", revision).build().toString();
    }

    private static List<String> idsOf(Reply list) {
        return Views.objects(list.array()).stream().map(item -> Views.text(item, "id")).toList();
    }
}
