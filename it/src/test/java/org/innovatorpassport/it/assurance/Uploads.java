package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;

/** Evidence uploads through the multipart API. */
final class Uploads {

    private Uploads() {
    }

    /** What the supplier sends: the file and what it says about it. */
    record Upload(String type, String reference, String issuer, LocalDate issuedOn, LocalDate expiresOn,
                  String fileName, String contentType, byte[] content) {

        static Upload pdf(String type, LocalDate issuedOn, String fileName, byte[] content) {
            return new Upload(type, type + "-" + Suppliers.digits(6), "Issuer of " + type, issuedOn, null, fileName,
                    "application/pdf", content);
        }

        byte[] body(Multipart multipart) {
            return multipart.field("type", type)
                    .field("reference", reference)
                    .field("issuer", issuer)
                    .field("issuedOn", issuedOn == null ? null : issuedOn.toString())
                    .field("expiresOn", expiresOn == null ? null : expiresOn.toString())
                    .file("file", fileName, contentType, content)
                    .bytes();
        }
    }

    static Reply attach(Http supplier, String submissionId, Upload upload) {
        Multipart multipart = new Multipart();
        byte[] body = upload.body(multipart);
        return supplier.send("POST", "/api/submissions/" + submissionId + "/evidence", multipart.contentType(), body);
    }

    static Reply replace(Http supplier, String submissionId, String evidenceId, Upload upload) {
        Multipart multipart = new Multipart();
        byte[] body = upload.body(multipart);
        return supplier.send("POST", "/api/submissions/" + submissionId + "/evidence/" + evidenceId + "/versions",
                multipart.contentType(), body);
    }

    /** Attaches and expects it stored. */
    static JsonObject attached(Http supplier, String submissionId, Upload upload) {
        Reply reply = attach(supplier, submissionId, upload);
        assertEquals(201, reply.status(), "uploading " + upload.type() + ": " + reply);
        return reply.json();
    }

    /** The submission's current evidence list, as returned. */
    static List<JsonObject> current(Http http, String submissionId) {
        Reply reply = http.get("/api/submissions/" + submissionId + "/evidence");
        assertEquals(200, reply.status(), reply.body());
        return Views.objects(reply.array());
    }

    /**
     * Issue dates for the evidence of a journey that ends in a passport: all recent, so nothing lapses during
     * the test. The DSPT is a month old, unless that one would lapse today (30 June): then today's, which runs
     * to next year's deadline.
     */
    record JourneyDates(LocalDate today, LocalDate dsptPublished, LocalDate cyberEssentialsIssued, LocalDate penTested) {

        static JourneyDates now() {
            LocalDate today = LocalDate.now();
            LocalDate dspt = nextDsptDeadline(today.minusMonths(1)).isAfter(today) ? today.minusMonths(1) : today;
            return new JourneyDates(today, dspt, today.minusMonths(2), today.minusMonths(3));
        }

        LocalDate issuedOn(String evidenceType) {
            return switch (evidenceType) {
                case "DSPT_ASSESSMENT" -> dsptPublished;
                case "CYBER_ESSENTIALS" -> cyberEssentialsIssued;
                case "PEN_TEST" -> penTested;
                default -> today.minusMonths(4);
            };
        }
    }

    /** The date the DSPT deadline rule gives: the first 30 June strictly after the publication date. */
    static LocalDate nextDsptDeadline(LocalDate published) {
        LocalDate sameYear = MonthDay.of(6, 30).atYear(published.getYear());
        return sameYear.isAfter(published) ? sameYear : sameYear.plusYears(1);
    }
}
