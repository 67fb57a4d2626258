package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import org.innovatorpassport.it.assurance.Suppliers.Supplier;
import org.innovatorpassport.it.assurance.Uploads.Upload;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;

/**
 * A new supplier's product taken through the REST API to an issued passport, with every applicable
 * criterion met: for tests that start where the passport journey ends.
 */
final class IssuedPassports {

    /** The passport as the assessor received it, and the supplier that holds it. */
    record Issued(Supplier supplier, JsonObject passport) {
        String id() {
            return Views.text(passport, "id");
        }
    }

    private IssuedPassports() {
    }

    static Issued issue(URL base) {
        LocalDate today = LocalDate.now();
        Supplier supplier = Suppliers.register(base);
        Http http = supplier.http();
        JsonObject product = Suppliers.createProduct(http, "Careline " + Suppliers.token(5), "1." + Suppliers.digits(1));
        String submissionId = Views.text(Suppliers.openDtac(http, Views.text(product, "id")), "id");
        DtacAnswers.forProduct(base, supplier, product, today.minusMonths(2), today.minusMonths(3)).fill(http, submissionId);
        LocalDate dspt = Uploads.nextDsptDeadline(today.minusMonths(1)).isAfter(today) ? today.minusMonths(1) : today;
        for (String type : Views.strings(http.get("/api/submissions/" + submissionId).json(), "missingEvidence")) {
            LocalDate issuedOn = switch (type) {
                case "DSPT_ASSESSMENT" -> dspt;
                case "CYBER_ESSENTIALS" -> today.minusMonths(2);
                case "PEN_TEST" -> today.minusMonths(3);
                default -> today.minusMonths(4);
            };
            Uploads.attached(http, submissionId, Upload.pdf(type, issuedOn, type.toLowerCase() + ".pdf",
                    EvidencePdfs.valid(1, type + " evidence")));
        }
        Reply submitted = http.post("/api/submissions/" + submissionId + "/submit", null);
        assertEquals(200, submitted.status(), submitted.body());
        Http assessor = Http.as(base, Demo.ASSESSOR);
        for (JsonObject state : Views.objects(Views.array(submitted.json(), "criteria"))) {
            if (Views.flag(state, "applies")) {
                Reply decided = assessor.post("/api/submissions/" + submissionId + "/decisions", Json.createObjectBuilder()
                        .add("criterionCode", Views.text(state, "code")).add("decision", "MET").build().toString());
                assertEquals(200, decided.status(), decided.body());
            }
        }
        Reply issued = assessor.post("/api/submissions/" + submissionId + "/passport", "{}");
        assertEquals(201, issued.status(), issued.body());
        return new Issued(supplier, issued.json());
    }
}
