package org.innovatorpassport.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import org.innovatorpassport.it.assurance.PassportsForOtherTests;
import org.innovatorpassport.it.assurance.PassportsForOtherTests.Assured;
import org.innovatorpassport.it.assurance.PassportsForOtherTests.NewTrust;
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
 * A renewal supersedes the passport a trust's pipeline relies on: the trust is told through the
 * outbox, its pipeline page offers "Rely on the new passport", and that one step carries the pipeline
 * over (same stage, history kept, notice read); doing it again through the API changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class RenewalCarryOverIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aRenewalNoticeCarriesTheAdoptionOverToTheNewPassportInOneStep() throws Exception {
        Assured product = PassportsForOtherTests.issue(base);
        NewTrust trust = PassportsForOtherTests.trust(base);
        Http trustHttp = Http.as(base, trust.email(), trust.password());
        assertTrue(List.of(200, 201).contains(trustHttp.post("/api/passports/" + product.passportId() + "/reliances", "").status()));
        JsonObject adoption = trustHttp.post("/api/adoptions", "{\"productId\":\"" + product.productId() + "\"}").json();
        String id = adoption.getString("id");
        Reply evaluating = trustHttp.post("/api/adoptions/" + id + "/moves", "{\"move\":{\"to\":\"EVALUATING\"},\"revision\":"
                + adoption.getInt("revision") + "}");
        assertEquals(200, evaluating.status(), evaluating.body());
        assertEquals(404, Http.as(base, Demo.TRUST).post("/api/adoptions/" + id + "/carry-over", "").status(), "not another trust's");
        Reply early = trustHttp.post("/api/adoptions/" + id + "/carry-over", "");
        assertEquals(200, early.status(), early.body());
        assertEquals(2, early.json().getJsonArray("moves").size(), "before any renewal, carrying over changes nothing");

        String renewed = renew(product);
        JsonObject notice = awaitRenewalNotice(trustHttp, id);
        assertTrue(notice.getString("message").contains("rely on the new passport"), notice.toString());

        PageSession session = new PageSession(base);
        Page pipeline = session.signIn(trust.email(), trust.password(), "/adoptions/" + id);
        assertTrue(pipeline.textOf("renewal").orElse("").contains("renews the passport"), pipeline.describe());
        Page carried = session.submit(pipeline.formTo("/carry-over"));
        assertTrue(carried.banner().contains("renewed passport") || carried.text().contains("relies on the renewed passport"),
                carried.describe());
        assertTrue(carried.textOf("current-stage").orElse("").contains("Evaluating"), "the stage stays: " + carried.describe());
        assertTrue(carried.textOf("renewal").isEmpty(), "the offer is gone once taken");

        JsonObject after = trustHttp.get("/api/adoptions/" + id).json();
        assertEquals(renewed, after.getString("passportId"));
        assertEquals("EVALUATING", after.getString("stage"));
        List<JsonObject> moves = objects(after.getJsonArray("moves"));
        assertEquals(3, moves.size(), "interest, evaluating and the carry-over, all kept: " + moves);
        assertTrue(moves.get(2).getString("reason").contains("Carried over"), moves.toString());
        assertTrue(objects(trustHttp.get("/api/passports/" + renewed + "/reliances").array()).stream()
                .anyMatch(r -> r.getString("trustId").equals(trust.organisationId())), "the trust relies on the new passport");
        JsonObject read = renewalNotice(trustHttp, id).orElseThrow();
        assertTrue(read.containsKey("readAt") && !read.isNull("readAt"), "the notice is marked read: " + read);

        Reply again = trustHttp.post("/api/adoptions/" + id + "/carry-over", "");
        assertEquals(200, again.status(), again.body());
        assertEquals(3, again.json().getJsonArray("moves").size(), "carrying over again changes nothing");
    }

    /** The supplier renews the passport and the assessor issues the renewal; answers the new passport's id. */
    private String renew(Assured product) {
        Http supplier = Http.as(base, product.supplierEmail(), product.supplierPassword());
        Http assessor = Http.as(base, Demo.ASSESSOR);
        Reply renewal = supplier.post("/api/passports/" + product.passportId() + "/renewal", "");
        assertEquals(201, renewal.status(), renewal.body());
        String renewalId = renewal.json().getString("id");
        Reply submitted = supplier.post("/api/submissions/" + renewalId + "/submit", "");
        assertTrue(submitted.status() < 300, submitted.body());
        for (JsonObject c : objects(submitted.json().getJsonArray("criteria"))) {
            if (c.getBoolean("applies") && (!c.containsKey("decision") || c.isNull("decision"))) {
                assertEquals(200, assessor.post("/api/submissions/" + renewalId + "/decisions",
                        "{\"criterionCode\":\"" + c.getString("code") + "\",\"decision\":\"MET\"}").status());
            }
        }
        Reply issued = assessor.post("/api/submissions/" + renewalId + "/passport", "{}");
        assertEquals(201, issued.status(), issued.body());
        return issued.json().getString("id");
    }

    private static List<JsonObject> objects(jakarta.json.JsonArray array) {
        return array.getValuesAs(JsonObject.class);
    }

    private static JsonObject awaitRenewalNotice(Http trust, String adoptionId) throws InterruptedException {
        for (int attempt = 0; attempt < 60; attempt++) {
            Optional<JsonObject> found = renewalNotice(trust, adoptionId);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no renewal notice reached the relying trust");
    }

    private static Optional<JsonObject> renewalNotice(Http trust, String adoptionId) {
        return objects(trust.get("/api/adoption-notifications").array()).stream()
                .filter(n -> n.getString("adoptionId").equals(adoptionId) && n.getString("kind").equals("RENEWED")).findFirst();
    }
}
