package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import org.innovatorpassport.it.assurance.Suppliers.Draft;
import org.innovatorpassport.it.assurance.Suppliers.Supplier;
import org.innovatorpassport.it.assurance.Uploads.Upload;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;

/**
 * A passport of its own for a test that will change it (suspend it, tamper with its row): a new
 * supplier's DTAC submission answered in full, every evidence type it asks for uploaded, every
 * criterion met by the demo assessor, and the passport issued. The journey test checks each of
 * these steps; this only takes them.
 */
public final class IssuedPassports {

    /** The passport as the assessor received it, and the supplier that holds it. */
    record Issued(Supplier supplier, JsonObject passport) {
        String id() {
            return Views.text(passport, "id");
        }
    }

    private IssuedPassports() {
    }

    /** Answers a draft in full, uploads every evidence type it asks for and sends it for assessment. */
    static Reply submit(Draft draft) {
        Http supplier = draft.supplier().http();
        LocalDate today = LocalDate.now();
        LocalDate issuedOn = today.minusMonths(1);
        DtacAnswers.forProduct(draft.supplier().base(), draft.supplier(), draft.product(), issuedOn, issuedOn)
                .fill(supplier, draft.submissionId());
        for (String type : Views.strings(supplier.get("/api/submissions/" + draft.submissionId()).json(), "missingEvidence")) {
            // a DSPT published a month ago may already have passed its 30 June deadline: then it is published today
            LocalDate on = type.equals("DSPT_ASSESSMENT") && !Uploads.nextDsptDeadline(issuedOn).isAfter(today) ? today : issuedOn;
            Uploads.attached(supplier, draft.submissionId(),
                    Upload.pdf(type, on, type.toLowerCase() + ".pdf", EvidencePdfs.valid(1, type + " for a passport of its own")));
        }
        Reply submitted = supplier.post("/api/submissions/" + draft.submissionId() + "/submit", null);
        assertEquals(200, submitted.status(), submitted.body());
        return submitted;
    }

    public static JsonObject issue(URL base, String condition) {
        return issued(base, Json.createArrayBuilder().add(condition)).passport();
    }

    static Issued issue(URL base) {
        return issued(base, Json.createArrayBuilder(), "CLINICIANS");
    }

    /** A passport for a product meant for these users (CLINICIANS, PATIENTS or BOTH). */
    static Issued issueFor(URL base, String intendedUsers) {
        return issued(base, Json.createArrayBuilder(), intendedUsers);
    }

    private static Issued issued(URL base, JsonArrayBuilder conditions) {
        return issued(base, conditions, "CLINICIANS");
    }

    private static Issued issued(URL base, JsonArrayBuilder conditions, String intendedUsers) {
        Draft draft = Suppliers.draft(base, intendedUsers);
        Reply submitted = submit(draft);
        Http assessor = Http.as(base, Demo.ASSESSOR);
        for (JsonObject criterion : Views.objects(Views.array(submitted.json(), "criteria"))) {
            if (Views.flag(criterion, "applies")) {
                Reply decided = assessor.post("/api/submissions/" + draft.submissionId() + "/decisions", Json.createObjectBuilder()
                        .add("criterionCode", Views.text(criterion, "code")).add("decision", "MET").build().toString());
                assertEquals(200, decided.status(), decided.body());
            }
        }
        Reply issued = assessor.post("/api/submissions/" + draft.submissionId() + "/passport",
                Json.createObjectBuilder().add("conditions", conditions).build().toString());
        assertEquals(201, issued.status(), "issuing the passport: " + issued);
        return new Issued(draft.supplier(), issued.json());
    }
}
