package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.Map;
import org.innovatorpassport.it.assurance.Suppliers.Draft;
import org.innovatorpassport.it.assurance.Uploads.Upload;
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

/** A supplier withdraws a submission before a decision; from then on it is read-only for everyone. */
@ExtendWith(ArquillianExtension.class)
class SubmissionWithdrawalIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void withdrawnBeforeADecisionIsKeptReadOnly() {
        Draft draft = Suppliers.draft(base);
        Http supplier = draft.supplier().http();
        String id = draft.submissionId();
        Problems.assertProblem(supplier.post("/api/submissions/" + id + "/withdrawal", null), 409, "/problems/not-withdrawable");

        LocalDate issuedOn = LocalDate.now().minusMonths(1);
        DtacAnswers.forProduct(base, draft.supplier(), draft.product(), issuedOn, issuedOn).fill(supplier, id);
        for (String type : Views.strings(supplier.get("/api/submissions/" + id).json(), "missingEvidence")) {
            LocalDate on = type.equals("DSPT_ASSESSMENT") && !Uploads.nextDsptDeadline(issuedOn).isAfter(LocalDate.now())
                    ? LocalDate.now() : issuedOn;
            Uploads.attached(supplier, id, Upload.pdf(type, on, type.toLowerCase() + ".pdf", EvidencePdfs.valid(1, type)));
        }
        Reply submitted = supplier.post("/api/submissions/" + id + "/submit", null);
        assertEquals(200, submitted.status(), submitted.body());
        assertTrue(Views.strings(submitted.json(), "allowed").contains("WITHDRAW"), "offered while under review: " + submitted.body());
        Http assessor = Http.as(base, Demo.ASSESSOR);
        String criterion = Views.objects(Views.array(submitted.json(), "criteria")).stream().filter(c -> Views.flag(c, "applies"))
                .map(c -> Views.text(c, "code")).filter(code -> code.startsWith("C")).findFirst().orElseThrow();
        Reply asked = assessor.post("/api/submissions/" + id + "/decisions", Json.createObjectBuilder().add("criterionCode", criterion)
                .add("decision", "CLARIFICATION_NEEDED").add("comment", "Please say more").build().toString());
        assertEquals(200, asked.status(), asked.body());

        Reply withdrawn = supplier.post("/api/submissions/" + id + "/withdrawal", null);
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", Views.text(withdrawn.json(), "status"));
        assertTrue(Views.strings(withdrawn.json(), "allowed").isEmpty(), "nothing more may be done: " + withdrawn.body());

        long revision = withdrawn.json().getJsonNumber("revision").longValue();
        Problems.assertProblem(supplier.put("/api/submissions/" + id + "/answers",
                DtacAnswers.answersJson(revision, Map.of("A9", "France"))), 409, "/problems/submission-locked");
        Problems.assertProblem(Uploads.attach(supplier, id, Upload.pdf("OTHER", issuedOn, "late.pdf", EvidencePdfs.valid(1, "late"))),
                409, "/problems/submission-locked");
        Problems.assertProblem(assessor.post("/api/submissions/" + id + "/decisions", Json.createObjectBuilder()
                .add("criterionCode", criterion).add("decision", "MET").build().toString()), 409, "/problems/not-under-review");
        Reply seen = assessor.get("/api/submissions/" + id);
        assertEquals(200, seen.status(), "the assessor still reads it: " + seen);
        Reply history = supplier.get("/api/submissions/" + id + "/history");
        assertEquals(200, history.status(), history.body());
        JsonObject first = Views.objects(history.array()).get(0);
        assertEquals("CLARIFICATION_NEEDED", Views.text(first, "decision"), "the decision history is kept: " + history.body());
    }
}
