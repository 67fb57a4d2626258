package org.innovatorpassport.it.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
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
 * One trust takes up a product with a passport of its own, from interest to scaled: adoption is
 * refused until the trust relies on a reliable passport and has signed off its DCB0160 record; other
 * trusts, other suppliers and assessors are kept out, the board the trust sits on sees it; then the
 * passport is suspended and the adoption is flagged and the trust and its board are told.
 */
@ExtendWith(ArquillianExtension.class)
class AdoptionPipelineIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void adoptionIsGatedOnPassportAndDcb0160ThenFlaggedWhenThePassportIsSuspended() throws Exception {
        Assured product = PassportsForOtherTests.issue(base);
        NewTrust trust = PassportsForOtherTests.trust(base);
        Http trustHttp = Http.as(base, trust.email(), trust.password());
        Http admin = Http.as(base, Demo.ADMIN);
        Http board = Http.as(base, Demo.BOARD);

        // a board of its own, with this trust and the demo board member
        Reply created = admin.post("/api/boards", json("name", "IT board " + trust.odsCode(), "region", "Test Valley"));
        assertEquals(201, created.status(), created.body());
        String boardId = created.json().getString("id");
        assertEquals(200, admin.post("/api/boards/" + boardId + "/trusts", json("odsCode", trust.odsCode())).status());
        assertEquals(200, admin.post("/api/boards/" + boardId + "/members", json("email", Demo.BOARD)).status());

        Reply bad = trustHttp.post("/api/adoptions", "{}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.header("Content-Type").startsWith("application/problem+json"), bad.toString());

        Reply started = trustHttp.post("/api/adoptions", json("productId", product.productId()));
        assertEquals(201, started.status(), started.body());
        JsonObject adoption = started.json();
        String id = adoption.getString("id");
        assertEquals("INTEREST", adoption.getString("stage"));
        assertEquals(id, trustHttp.post("/api/adoptions", json("productId", product.productId())).json().getString("id"),
                "taking an interest twice answers the same pipeline");

        Reply skipped = move(trustHttp, id, "ADOPTED", null, adoption.getInt("revision"));
        assertEquals(409, skipped.status(), "stages are not skipped: " + skipped);
        adoption = moved(trustHttp, id, "EVALUATING", adoption);
        adoption = moved(trustHttp, id, "LOCAL_ASSURANCE", adoption);
        assertFalse(allowed(adoption, "ADOPTED"));
        assertTrue(blockedBecause(adoption, "ADOPTED").contains("does not rely"), adoption.toString());

        Reply withoutReliance = move(trustHttp, id, "ADOPTED", null, adoption.getInt("revision"));
        assertEquals(409, withoutReliance.status(), withoutReliance.body());
        assertTrue(withoutReliance.body().contains("does not rely"), withoutReliance.body());

        assertTrue(List.of(200, 201).contains(trustHttp.post("/api/passports/" + product.passportId() + "/reliances", "").status()));
        adoption = trustHttp.get("/api/adoptions/" + id).json();
        assertTrue(blockedBecause(adoption, "ADOPTED").contains("DCB0160"), adoption.toString());
        Reply withoutDcb0160 = move(trustHttp, id, "ADOPTED", null, adoption.getInt("revision"));
        assertEquals(409, withoutDcb0160.status(), withoutDcb0160.body());

        // the DCB0160 record: refused while incomplete, the supplier's DCB0129 evidence shown alongside
        Reply early = trustHttp.post("/api/adoptions/" + id + "/dcb0160/sign-off", "");
        assertEquals(409, early.status(), early.body());
        JsonObject record = trustHttp.get("/api/adoptions/" + id + "/dcb0160").json();
        assertFalse(record.getJsonArray("supplierEvidence").isEmpty(), "the supplier's DCB0129 evidence is shown: " + record);
        assertEquals(200, trustHttp.put("/api/adoptions/" + id + "/dcb0160", Json.createObjectBuilder()
                .add("officerName", "Dr Helen Carter").add("professionalBody", "GMC").add("registrationNumber", "4567123")
                .add("safetyCaseSummary", "Builds on the supplier's DCB0129 case; local set-up and training hazards below.")
                .build().toString()).status());
        Reply outOfMatrix = trustHttp.post("/api/adoptions/" + id + "/dcb0160/hazards", hazard(9, 2, null));
        assertEquals(400, outOfMatrix.status(), outOfMatrix.body());
        assertTrue(outOfMatrix.json().getJsonArray("errors").stream()
                .anyMatch(e -> e.asJsonObject().getString("field").equals("severity")), outOfMatrix.body());
        Reply logged = trustHttp.post("/api/adoptions/" + id + "/dcb0160/hazards", hazard(4, 4, null));
        assertEquals(200, logged.status(), logged.body());
        Reply unjustified = trustHttp.post("/api/adoptions/" + id + "/dcb0160/sign-off", "");
        assertEquals(409, unjustified.status(), unjustified.body());
        assertTrue(unjustified.body().contains("rated 4"), "a hazard above acceptable blocks sign-off: " + unjustified.body());
        String hazardId = logged.json().getJsonArray("hazards").getJsonObject(0).getString("id");
        Reply justified = trustHttp.put("/api/adoptions/" + id + "/dcb0160/hazards/" + hazardId, hazard(4, 4,
                "Downtime procedure agreed with the ward; residual risk accepted by the CSO"));
        assertEquals(200, justified.status(), justified.body());
        assertEquals(4, justified.json().getJsonArray("hazards").getJsonObject(0).getInt("rating"));
        Reply signed = trustHttp.post("/api/adoptions/" + id + "/dcb0160/sign-off", "");
        assertEquals(200, signed.status(), signed.body());
        assertNotNull(signed.json().get("signedOffAt"));
        assertEquals(409, trustHttp.post("/api/adoptions/" + id + "/dcb0160/hazards", hazard(1, 1, null)).status(),
                "a signed-off record is kept as signed");

        adoption = trustHttp.get("/api/adoptions/" + id).json();
        adoption = moved(trustHttp, id, "ADOPTED", adoption);
        assertEquals(product.passportId(), adoption.getString("passportId"));
        Reply stale = move(trustHttp, id, "SCALED", null, adoption.getInt("revision") - 1);
        assertEquals(409, stale.status(), "a move on a stale revision: " + stale);
        adoption = moved(trustHttp, id, "SCALED", adoption);
        assertEquals(5, adoption.getJsonArray("moves").size(), "interest and each of four moves kept, with date and who");

        // who may see and who may move
        NewTrust other = PassportsForOtherTests.trust(base);
        Http otherTrust = Http.as(base, other.email(), other.password());
        assertEquals(404, otherTrust.get("/api/adoptions/" + id).status(), "another trust does not even see it");
        assertEquals(404, move(otherTrust, id, "STOPPED", "not ours", adoption.getInt("revision")).status());
        assertEquals(403, Http.as(base, Demo.ASSESSOR).get("/api/adoptions").status());
        assertEquals(404, Http.as(base, Demo.SUPPLIER).get("/api/adoptions/" + id).status(), "not the demo supplier's product");
        Http supplier = Http.as(base, product.supplierEmail(), product.supplierPassword());
        assertTrue(supplier.get("/api/adoptions").array().stream().anyMatch(a -> a.asJsonObject().getString("id").equals(id)),
                "the supplier sees where its product is adopted");
        assertEquals(200, board.get("/api/adoptions/" + id).status(), "the board the trust sits on sees it");
        assertTrue(board.get("/api/adoptions/" + id).json().getJsonArray("next").isEmpty(), "but may not move it");
        assertEquals(403, move(board, id, "STOPPED", "board says so", adoption.getInt("revision")).status());

        // the passport is suspended: the adoption is flagged, the trust and its board are told
        Reply suspended = Http.as(base, Demo.ASSESSOR).post("/api/passports/" + product.passportId() + "/suspension",
                json("reason", "Penetration test found a critical flaw"));
        assertEquals(200, suspended.status(), suspended.body());
        JsonObject flagged = null;
        for (int i = 0; i < 60; i++) {
            flagged = trustHttp.get("/api/adoptions/" + id).json();
            if (flagged.get("flagReason") != null && flagged.get("flagReason").getValueType() == JsonValue.ValueType.STRING) {
                break;
            }
            Thread.sleep(500);
        }
        assertTrue(flagged.getString("flagReason", "").contains("critical flaw"), "flagged with the reason: " + flagged);
        JsonObject notice = trustHttp.get("/api/adoption-notifications").array().stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("adoptionId").equals(id)).findFirst().orElseThrow(() -> new AssertionError("the trust is told"));
        assertTrue(board.get("/api/adoption-notifications").array().stream()
                .anyMatch(n -> n.asJsonObject().getString("adoptionId").equals(id)), "the board is told");
        assertTrue(trustHttp.get("/api/notifications").array().stream()
                        .anyMatch(n -> n.asJsonObject().getString("passportId").equals(product.passportId())),
                "the assurance module's own notice still arrives: both consumers of the event got it");
        Reply read = trustHttp.post("/api/adoption-notifications/" + notice.getString("id") + "/read", "");
        assertEquals(200, read.status(), read.body());
        assertNotNull(read.json().get("readAt"));
        assertEquals(404, otherTrust.post("/api/adoption-notifications/" + notice.getString("id") + "/read", "").status());
    }

    private static JsonObject moved(Http http, String id, String stage, JsonObject before) {
        Reply reply = move(http, id, stage, null, before.getInt("revision"));
        assertEquals(200, reply.status(), "moving to " + stage + ": " + reply);
        assertEquals(stage, reply.json().getString("stage"));
        return reply.json();
    }

    private static Reply move(Http http, String id, String stage, String reason, int revision) {
        var move = Json.createObjectBuilder().add("to", stage);
        if (reason != null) {
            move.add("reason", reason);
        }
        return http.post("/api/adoptions/" + id + "/moves", Json.createObjectBuilder().add("move", move).add("revision", revision)
                .build().toString());
    }

    private static boolean allowed(JsonObject adoption, String stage) {
        return next(adoption, stage).getBoolean("allowed");
    }

    private static String blockedBecause(JsonObject adoption, String stage) {
        return next(adoption, stage).getString("blockedBecause", "");
    }

    private static JsonObject next(JsonObject adoption, String stage) {
        return adoption.getJsonArray("next").stream().map(JsonValue::asJsonObject).filter(n -> n.getString("stage").equals(stage))
                .findFirst().orElseThrow(() -> new AssertionError(stage + " is not among the next stages of " + adoption));
    }

    private static String hazard(int severity, int likelihood, String justification) {
        var hazard = Json.createObjectBuilder().add("hazard", "Reminders stop during a network outage")
                .add("cause", "Trust Wi-Fi outage").add("effect", "Missed inhaler doses")
                .add("existingControls", "Supplier's offline mode (DCB0129 H-4)").add("addedControls", "Ward downtime card")
                .add("severity", severity).add("likelihood", likelihood).add("owner", "Respiratory nurse lead").add("status", "MITIGATED");
        if (justification != null) {
            hazard.add("justification", justification);
        }
        return hazard.build().toString();
    }

    private static String json(String... pairs) {
        var object = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            object.add(pairs[i], pairs[i + 1]);
        }
        return object.build().toString();
    }

}
