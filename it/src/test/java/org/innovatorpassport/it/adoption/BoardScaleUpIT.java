package org.innovatorpassport.it.adoption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.innovatorpassport.it.assurance.PassportsForOtherTests;
import org.innovatorpassport.it.assurance.PassportsForOtherTests.Assured;
import org.innovatorpassport.it.assurance.PassportsForOtherTests.NewTrust;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.SignedInPages;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8 end to end: a board member sets up a programme for a board of three new trusts, shortlists
 * a product with a fresh passport and approves it for scale-up; each trust relies on the passport,
 * signs off its own DCB0160 record and moves the product from interest to scaled; the dashboard shows
 * three trusts at scale and the board report PDF shows the same figures; then the passport is
 * suspended and all three adoptions are flagged, with a notice to each trust and to the board.
 */
@ExtendWith(ArquillianExtension.class)
class BoardScaleUpIT {

    private static final List<String> STAGES = List.of("Interest", "Evaluating", "Local assurance", "Piloting", "Adopted", "Scaled", "Stopped");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void aBoardScalesAProductAcrossThreeTrustsAndASuspendedPassportFlagsEveryAdoption() throws Exception {
        Assured product = PassportsForOtherTests.issue(base);
        List<NewTrust> trusts = List.of(PassportsForOtherTests.trust(base), PassportsForOtherTests.trust(base),
                PassportsForOtherTests.trust(base));
        List<String> odsCodes = trusts.stream().map(NewTrust::odsCode).toList();
        Http admin = Http.as(base, Demo.ADMIN);
        Http board = Http.as(base, Demo.BOARD);

        // an admin sets up the board: the three trusts and the demo board member
        String boardName = "Scale-up board " + odsCodes.get(0);
        Reply created = admin.post("/api/boards", json("name", boardName, "region", "Scale Valley"));
        assertEquals(201, created.status(), created.body());
        String boardId = created.json().getString("id");
        for (String ods : odsCodes) {
            assertEquals(200, admin.post("/api/boards/" + boardId + "/trusts", json("odsCode", ods)).status());
        }
        assertEquals(200, admin.post("/api/boards/" + boardId + "/members", json("email", Demo.BOARD)).status());

        // the board member sets up a programme, shortlists the product and approves it for scale-up
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Reply programme = board.post("/api/boards/" + boardId + "/programmes", Json.createObjectBuilder()
                .add("title", "Inhaler technique at scale").add("problem", "Poor inhaler technique drives avoidable admissions")
                .add("targetOutcome", "Every member trust uses the app on its respiratory wards").add("budgetPence", 12_500_000L)
                .add("startsOn", today.toString()).add("endsOn", today.plusYears(1).toString())
                .add("trusts", Json.createArrayBuilder(odsCodes)).build().toString());
        assertEquals(201, programme.status(), programme.body());
        String programmeId = programme.json().getString("id");
        assertEquals(Set.copyOf(odsCodes), strings(programme.json(), "trusts"), "the three trusts are in scope");
        assertEquals("PLANNED", programme.json().getString("status"));

        Reply shortlisted = board.post("/api/programmes/" + programmeId + "/shortlist", json("productId", product.productId()));
        assertEquals(200, shortlisted.status(), shortlisted.body());
        JsonObject entry = shortlisted.json().getJsonArray("shortlist").getJsonObject(0);
        assertEquals(product.productId(), entry.getString("productId"));
        assertTrue(entry.getBoolean("assured"), "shortlisted as assured: " + entry);
        assertTrue(entry.getString("assurance").contains(product.passportCode()), entry.toString());

        Reply decided = board.post("/api/programmes/" + programmeId + "/decisions", Json.createObjectBuilder()
                .add("productId", product.productId()).add("outcome", "APPROVE_FOR_SCALE_UP")
                .add("rationale", "Assured passport; a pilot elsewhere halved admissions").add("decidedOn", today.toString())
                .add("voters", Json.createArrayBuilder(List.of("Chair", "Finance lead", "Chief nurse"))).build().toString());
        assertEquals(200, decided.status(), decided.body());
        JsonObject decision = board.get("/api/programmes/" + programmeId).json().getJsonArray("decisions").getJsonObject(0);
        assertEquals("APPROVE_FOR_SCALE_UP", decision.getString("outcome"));
        assertEquals(3, decision.getJsonArray("voters").size());
        assertTrue(!decision.containsKey("supersededBy") || decision.isNull("supersededBy"), "the current decision: " + decision);

        // each trust relies on the passport, signs off its own DCB0160 record and goes from interest to scaled
        Map<String, String> adoptionByOds = new LinkedHashMap<>();
        String productName = null;
        for (NewTrust trust : trusts) {
            Http trustHttp = Http.as(base, trust.email(), trust.password());
            Reply started = trustHttp.post("/api/adoptions", json("productId", product.productId()));
            assertEquals(201, started.status(), started.body());
            JsonObject adoption = started.json();
            String id = adoption.getString("id");
            assertEquals("INTEREST", adoption.getString("stage"));
            adoption = moved(trustHttp, id, "EVALUATING", adoption);
            adoption = moved(trustHttp, id, "LOCAL_ASSURANCE", adoption);

            assertTrue(List.of(200, 201).contains(trustHttp.post("/api/passports/" + product.passportId() + "/reliances", "").status()));
            assertEquals(200, trustHttp.put("/api/adoptions/" + id + "/dcb0160", Json.createObjectBuilder()
                    .add("officerName", "Dr CSO of " + trust.odsCode()).add("professionalBody", "NMC").add("registrationNumber", "12A3456B")
                    .add("safetyCaseSummary", "Relies on the supplier's DCB0129 case; local hazards of ward set-up below.")
                    .build().toString()).status());
            Reply logged = trustHttp.post("/api/adoptions/" + id + "/dcb0160/hazards", lowHazard());
            assertEquals(200, logged.status(), logged.body());
            Reply signed = trustHttp.post("/api/adoptions/" + id + "/dcb0160/sign-off", "");
            assertEquals(200, signed.status(), "each trust signs off its own DCB0160 record: " + signed);
            assertTrue(signed.json().containsKey("signedOffAt") && !signed.json().isNull("signedOffAt"), signed.body());

            adoption = trustHttp.get("/api/adoptions/" + id).json();
            adoption = moved(trustHttp, id, "PILOTING", adoption);
            adoption = moved(trustHttp, id, "ADOPTED", adoption);
            adoption = moved(trustHttp, id, "SCALED", adoption);
            assertEquals(product.passportId(), adoption.getString("passportId"));
            assertEquals(List.of("INTEREST", "EVALUATING", "LOCAL_ASSURANCE", "PILOTING", "ADOPTED", "SCALED"),
                    adoption.getJsonArray("moves").stream().map(m -> m.asJsonObject().getString("to")).toList(), adoption.toString());
            adoptionByOds.put(trust.odsCode(), id);
            productName = adoption.getString("productName") + " " + adoption.getString("productVersion");
        }

        // the board sees the three trusts at scale, through the API and on its dashboard
        Map<String, String> stageByOds = board.get("/api/adoptions").array().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("productId").equals(product.productId()))
                .collect(Collectors.toMap(a -> a.getString("trustOds"), a -> a.getString("stage")));
        assertEquals(Map.of(odsCodes.get(0), "SCALED", odsCodes.get(1), "SCALED", odsCodes.get(2), "SCALED"), stageByOds);

        SignedInPages boardPages = SignedInPages.as(base, Demo.BOARD);
        Document dashboard = boardPages.open("/boards");
        List<Element> section = section(dashboard, boardId);
        List<Map<String, String>> pipeline = table(section, "How many member trusts stand at each stage, by product");
        assertEquals(2, pipeline.size(), "the product and the total: " + pipeline);
        Map<String, String> row = pipeline.get(0);
        Map<String, String> all = pipeline.get(1);
        assertEquals(productName, row.get("Product"));
        assertEquals("3", row.get("Scaled"));
        assertEquals("3", row.get("Trusts"));
        assertEquals("3", all.get("Scaled"));
        String conversion = dashboard.getElementById("conversion-" + boardId).text();
        assertEquals("100%", conversion, "all three pilots went on to scale");
        String avoided = dashboard.getElementById("avoided-" + boardId).text();
        assertEquals("3", avoided, "each trust reused the passport instead of repeating the assessment");
        List<Map<String, String>> reuse = table(section, "Assessments avoided by each member trust");
        assertEquals(Set.copyOf(odsCodes), reuse.stream().map(r -> r.get("ODS code")).collect(Collectors.toSet()));
        List<Map<String, String>> ranked = table(section, "Products by the number of member trusts using them");
        assertEquals(List.of(Map.of("Product", productName, "Trusts using it", "3")), ranked);
        assertTrue(words(section).contains("No adoption is flagged."), words(section));
        assertTrue(words(section).contains("Inhaler technique at scale"), "the programme is listed");

        // the board report opens as a PDF with the dashboard's figures for this board
        HttpResponse<byte[]> pdf = boardPages.download("/boards/" + boardId + "/report.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument report = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(report).replace("\r", "");
            assertTrue(text.contains("Board report: " + boardName), text);
            for (String stage : STAGES) {
                assertTrue(text.contains(stage + ": " + all.get(stage) + "\n"), stage + " as on the dashboard:\n" + text);
            }
            assertTrue(text.contains(productName + ": 3 trusts"), text);
            assertTrue(text.contains("Pipelines that piloted: 3"), text);
            assertTrue(text.contains("Went on to scale: 3"), text);
            assertTrue(text.contains("Pilot-to-scale conversion: " + conversion), text);
            assertTrue(text.contains("1. " + productName + ": 3 trusts"), "ranked as on the dashboard:\n" + text);
            assertTrue(text.contains("Board total: " + avoided), text);
            for (Map<String, String> trust : reuse) {
                assertTrue(text.contains(trust.get("Trust") + " (" + trust.get("ODS code") + "): " + trust.get("Assessments avoided")),
                        trust + " in\n" + text);
            }
            assertTrue(text.contains("No adoption is flagged."), text);
        }

        // the passport is suspended: every adoption relying on it is flagged, each trust and the board are told
        String reason = "Penetration test found a critical flaw";
        Reply suspended = Http.as(base, Demo.ASSESSOR).post("/api/passports/" + product.passportId() + "/suspension",
                json("reason", reason));
        assertEquals(200, suspended.status(), suspended.body());
        for (NewTrust trust : trusts) {
            Http trustHttp = Http.as(base, trust.email(), trust.password());
            String id = adoptionByOds.get(trust.odsCode());
            JsonObject flagged = flaggedSoon(trustHttp, id);
            assertTrue(flagged.getString("flagReason").contains(reason), "flagged with the reason: " + flagged);
            assertTrue(trustHttp.get("/api/adoption-notifications").array().stream()
                    .anyMatch(n -> n.asJsonObject().getString("adoptionId").equals(id)), trust.odsCode() + " is told");
        }
        Set<String> boardTold = board.get("/api/adoption-notifications").array().stream()
                .map(n -> n.asJsonObject().getString("adoptionId")).collect(Collectors.toSet());
        assertTrue(boardTold.containsAll(adoptionByOds.values()), "the board is told of all three: " + boardTold);

        Element flaggedList = boardPages.open("/boards").getElementById("flagged-" + boardId);
        assertTrue(flaggedList != null, "the dashboard lists the flagged adoptions");
        assertEquals(3, flaggedList.select("li").size(), flaggedList.outerHtml());
        flaggedList.select("li").forEach(li -> assertTrue(li.text().contains(reason), li.text()));
    }

    private static JsonObject flaggedSoon(Http http, String id) throws InterruptedException {
        JsonObject adoption = null;
        for (int i = 0; i < 60; i++) {
            adoption = http.get("/api/adoptions/" + id).json();
            if (adoption.containsKey("flagReason") && adoption.get("flagReason").getValueType() == JsonValue.ValueType.STRING) {
                return adoption;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("never flagged: " + adoption);
    }

    private static JsonObject moved(Http http, String id, String stage, JsonObject before) {
        Reply reply = http.post("/api/adoptions/" + id + "/moves", Json.createObjectBuilder()
                .add("move", Json.createObjectBuilder().add("to", stage)).add("revision", before.getInt("revision")).build().toString());
        assertEquals(200, reply.status(), "moving to " + stage + ": " + reply);
        assertEquals(stage, reply.json().getString("stage"));
        return reply.json();
    }

    /** The elements of the dashboard that belong to one board: from its heading to the next board's. */
    private static List<Element> section(Document dashboard, String boardId) {
        Element heading = dashboard.getElementById("board-" + boardId);
        assertTrue(heading != null, "the board is on the dashboard");
        List<Element> section = new ArrayList<>();
        for (Element next = heading.nextElementSibling(); next != null && !next.is("h2"); next = next.nextElementSibling()) {
            section.add(next);
        }
        return section;
    }

    /** The body rows of the section's table with this caption, each cell by its column header, read as a person reads it. */
    private static List<Map<String, String>> table(List<Element> section, String caption) {
        for (Element part : section) {
            for (Element table : part.is("table") ? List.of(part) : part.select("table")) {
                Element found = table.selectFirst("> caption");
                if (found == null || !found.text().equals(caption)) {
                    continue;
                }
                List<String> headers = table.select("> thead > tr > th").eachText();
                List<Map<String, String>> rows = new ArrayList<>();
                for (Element tr : table.select("> tbody > tr")) {
                    Map<String, String> cells = new LinkedHashMap<>();
                    List<Element> tds = tr.select("> td");
                    for (int i = 0; i < tds.size(); i++) {
                        cells.put(headers.get(i), tds.get(i).select("> span:not(.nhsuk-table__heading)").text());
                    }
                    rows.add(cells);
                }
                return rows;
            }
        }
        throw new AssertionError("no table \"" + caption + "\" for the board");
    }

    private static String words(List<Element> section) {
        return section.stream().map(Element::text).collect(Collectors.joining(" "));
    }

    private static Set<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).collect(Collectors.toSet());
    }

    private static String lowHazard() {
        return Json.createObjectBuilder().add("hazard", "Ward tablets not charged at handover").add("cause", "No charging point on the ward")
                .add("effect", "Technique check skipped").add("existingControls", "Supplier's paper fallback (DCB0129)")
                .add("addedControls", "Charging station at the nurses' station").add("severity", 2).add("likelihood", 1)
                .add("owner", "Ward manager").add("status", "MITIGATED").build().toString();
    }

    private static String json(String... pairs) {
        var object = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            object.add(pairs[i], pairs[i + 1]);
        }
        return object.build().toString();
    }
}
