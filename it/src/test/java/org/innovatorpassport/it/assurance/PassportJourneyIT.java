package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.innovatorpassport.it.assurance.Suppliers.Supplier;
import org.innovatorpassport.it.assurance.Trusts.Trust;
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

/**
 * The whole life of a passport on the real stack: a supplier registers, describes a product, answers
 * DTAC version 2 and uploads its evidence; an assessor asks for one clarification, the supplier
 * answers it, and the passport is issued; three trusts rely on it; the assessor suspends it, every
 * relying trust hears of it, and public verification stops vouching for it.
 */
@ExtendWith(ArquillianExtension.class)
class PassportJourneyIT {
    /** The criterion the assessor asks the supplier to clarify: a text answer whose change alters nothing else. */
    private static final String CLARIFIED = "C2.7";
    private static final Duration NOTIFICATION_WAIT = Duration.ofSeconds(15);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    private final Uploads.JourneyDates dates = Uploads.JourneyDates.now();
    private final LocalDate today = dates.today();
    private final LocalDate cyberEssentialsIssued = dates.cyberEssentialsIssued();
    private final LocalDate penTested = dates.penTested();

    @Test
    void newSupplierEarnsAPassportThatTrustsRelyOnUntilTheAssessorSuspendsIt() throws Exception {
        Supplier supplier = Suppliers.register(base);
        Http supplierHttp = supplier.http();
        Http assessor = Http.as(base, Demo.ASSESSOR);

        JsonObject product = productAfterTheChecklistAskedForOne(supplier);
        String productName = Views.text(Views.object(product, "details"), "name");
        String submissionId = draftAnsweredInFull(supplier, product);
        Map<String, JsonObject> evidence = evidenceUploadedUntilNothingIsMissing(supplierHttp, submissionId);
        submittedTwiceToTheSameEffect(supplierHttp, submissionId);

        List<String> decided = assessorMeetsEverythingButOneClarification(assessor, submissionId);
        Problems.assertProblem(assessor.post("/api/submissions/" + submissionId + "/passport", "{\"conditions\":[]}"),
                409, "/problems/not-passed");
        clarificationReopensOnlyTheChangedCriterion(supplierHttp, assessor, submissionId, decided);

        JsonObject passport = issued(assessor, submissionId, supplier, product, evidence);
        String passportId = Views.text(passport, "id");
        String code = Views.text(passport, "code");
        certificateNamesTheProductAndCode(supplierHttp, passportId, productName, code);
        publicVerificationVouchesForIt(code, productName, supplier, evidence);

        List<Http> trusts = List.of(Http.as(base, Demo.TRUST), Http.as(base, Demo.TRUST_OXFORD), Http.as(base, Demo.TRUST_BUCKS));
        threeTrustsRelyAndEachCountsOnce(trusts, passportId);

        String reason = "Penetration test finding of CVSS 9.1 reported on " + today + " is not yet remediated";
        Reply suspended = assessor.post("/api/passports/" + passportId + "/suspension",
                Json.createObjectBuilder().add("reason", reason).build().toString());
        assertEquals(200, suspended.status(), suspended.body());
        assertEquals("SUSPENDED", Views.text(suspended.json(), "status"));
        assertEquals(reason, Views.text(suspended.json(), "statusReason"));

        everyRelyingTrustIsNotified(trusts, passportId);
        verificationSaysNotValidAndWhy(code, reason);
        Trust newcomer = Trusts.create(base);
        Problems.assertProblem(newcomer.http().post("/api/passports/" + passportId + "/reliances", null), 409);
        assertEquals(3, relianceCount(supplierHttp, passportId), "a refused reliance is not recorded");
    }

    private JsonObject productAfterTheChecklistAskedForOne(Supplier supplier) {
        Http http = supplier.http();
        Reply me = http.get("/api/suppliers/me");
        assertEquals(200, me.status(), "the new supplier admin signs in with the registered email and password: " + me);
        assertEquals(supplier.organisationId(), Views.text(me.json(), "organisationId"));
        assertFalse(checklistItem(http, "product"), "the checklist says a product is still missing");

        JsonObject product = Suppliers.createProduct(http, "Wardwatch " + Suppliers.token(5), "2.3." + Suppliers.digits(1));
        assertEquals(supplier.organisationId(), Views.text(product, "supplierId"));
        assertNotNull(Views.text(product, "lineId"));
        assertTrue(checklistItem(http, "product"), "the checklist counts the product once it is described");
        return product;
    }

    private static boolean checklistItem(Http supplier, String code) {
        Reply checklist = supplier.get("/api/suppliers/me/checklist");
        assertEquals(200, checklist.status(), checklist.body());
        return Views.objects(checklist.array()).stream().filter(item -> code.equals(Views.text(item, "code")))
                .findFirst().map(item -> Views.flag(item, "done"))
                .orElseThrow(() -> new AssertionError("no checklist item " + code + " in " + checklist.body()));
    }

    private String draftAnsweredInFull(Supplier supplier, JsonObject product) {
        Http http = supplier.http();
        JsonObject opened = Suppliers.openDtac(http, Views.text(product, "id"));
        String submissionId = Views.text(opened, "id");
        assertEquals("DRAFT", Views.text(opened, "status"));
        assertEquals("dtac", Views.text(opened, "templateId"));
        assertEquals("2", Views.text(opened, "templateVersion"), "DTAC version 2 is in force since 6 April 2026");
        assertEquals(Views.text(product, "id"), Views.text(opened, "productId"));

        DtacAnswers answers = DtacAnswers.forProduct(base, supplier, product, cyberEssentialsIssued, penTested);
        JsonObject view = answers.fill(http, submissionId);
        List<String> unanswered = new ArrayList<>();
        for (JsonObject state : Views.objects(Views.array(view, "criteria"))) {
            String code = Views.text(state, "code");
            if (Views.flag(state, "applies") && answers.required(code) && Views.answerValue(state) == null) {
                unanswered.add(code);
            }
        }
        assertEquals(List.of(), unanswered, "every applicable required criterion is answered");
        assertFalse(Views.flag(Views.criterion(view, "C1.2"), "applies"), "no device class is asked of a product that is not a device");
        assertTrue(Views.flag(Views.criterion(view, "C3.5"), "applies"), "without the Cyber Security Charter the penetration test is asked for");
        assertFalse(Views.strings(view, "missingEvidence").isEmpty(), "the answers call for evidence");
        Problems.assertValidationProblem(http.post("/api/submissions/" + submissionId + "/submit", null));
        assertEquals("DRAFT", Views.text(http.get("/api/submissions/" + submissionId).json(), "status"),
                "a submission still missing evidence stays a draft");
        return submissionId;
    }

    /** Uploads a PDF for each missing evidence type; answers the stored evidence by id. */
    private Map<String, JsonObject> evidenceUploadedUntilNothingIsMissing(Http supplier, String submissionId) {
        Map<String, JsonObject> stored = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>(
                Views.strings(supplier.get("/api/submissions/" + submissionId).json(), "missingEvidence"));
        assertTrue(missing.containsAll(List.of("DSPT_ASSESSMENT", "CYBER_ESSENTIALS", "PEN_TEST")),
                "DSPT, Cyber Essentials and the penetration test report are asked for: " + missing);
        for (String type : missing) {
            LocalDate issuedOn = dates.issuedOn(type);
            byte[] pdf = EvidencePdfs.valid(2, type + " evidence for the passport journey");
            JsonObject view = Uploads.attached(supplier, submissionId,
                    Upload.pdf(type, issuedOn, type.toLowerCase() + ".pdf", pdf));
            String sha256 = EvidencePdfs.sha256(pdf);
            assertEquals(sha256, Views.text(view, "sha256").toLowerCase(), "the stored hash is the hash of the bytes sent");
            assertEquals(type, Views.text(view, "type"));
            assertEquals(issuedOn, Views.date(view, "issuedOn"));
            LocalDate expected = switch (type) {
                case "DSPT_ASSESSMENT" -> Uploads.nextDsptDeadline(issuedOn);
                case "CYBER_ESSENTIALS", "PEN_TEST" -> issuedOn.plusMonths(12);
                default -> null;
            };
            assertEquals(expected, Views.date(view, "expiresOn"), type + " expires by its evidence type's rule");
            stored.put(Views.text(view, "id"), view);
        }
        JsonObject after = supplier.get("/api/submissions/" + submissionId).json();
        assertEquals(List.of(), Views.strings(after, "missingEvidence"), "nothing is missing once each type is uploaded");
        JsonObject problems = Views.object(after, "answerProblems");
        assertTrue(problems == null || problems.isEmpty(), "uploading evidence leaves the answers valid: " + problems);
        assertEquals(stored.keySet(), Uploads.current(supplier, submissionId).stream().map(e -> Views.text(e, "id"))
                .collect(Collectors.toSet()), "the submission lists the uploaded evidence");
        return stored;
    }

    private static void submittedTwiceToTheSameEffect(Http supplier, String submissionId) {
        Reply first = supplier.post("/api/submissions/" + submissionId + "/submit", null);
        assertEquals(200, first.status(), first.body());
        assertEquals("SUBMITTED", Views.text(first.json(), "status"));
        assertNotNull(Views.text(first.json(), "submittedAt"));
        Reply again = supplier.post("/api/submissions/" + submissionId + "/submit", null);
        assertEquals(200, again.status(), "submitting again is harmless: " + again);
        assertEquals("SUBMITTED", Views.text(again.json(), "status"));
        assertEquals(Views.text(first.json(), "submittedAt"), Views.text(again.json(), "submittedAt"),
                "submitting again does not restart the review");
    }

    /** Decides every applicable criterion MET but one; answers the codes decided MET. */
    private static List<String> assessorMeetsEverythingButOneClarification(Http assessor, String submissionId) {
        Reply list = assessor.get("/api/submissions");
        assertEquals(200, list.status(), list.body());
        assertTrue(Views.objects(list.array()).stream().anyMatch(s -> submissionId.equals(Views.text(s, "id"))),
                "the assessor sees the submitted submission in the list");
        JsonObject view = assessor.get("/api/submissions/" + submissionId).json();
        List<String> met = new ArrayList<>();
        for (JsonObject state : Views.objects(Views.array(view, "criteria"))) {
            String code = Views.text(state, "code");
            if (!Views.flag(state, "applies")) {
                continue;
            }
            boolean clarify = CLARIFIED.equals(code);
            view = decide(assessor, submissionId, code, clarify ? "CLARIFICATION_NEEDED" : "MET",
                    clarify ? "Name every hosting provider and data centre region." : "Checked against the evidence.");
            if (!clarify) {
                met.add(code);
            }
        }
        assertEquals("CLARIFICATION_NEEDED", Views.decision(Views.criterion(view, CLARIFIED)));
        assertFalse(Views.flag(view, "passes"), "a criterion awaiting clarification is not met");
        assertEquals(List.of(CLARIFIED), Views.strings(view, "outstanding"));
        return met;
    }

    private static JsonObject decide(Http assessor, String submissionId, String code, String decision, String comment) {
        Reply reply = assessor.post("/api/submissions/" + submissionId + "/decisions", Json.createObjectBuilder()
                .add("criterionCode", code).add("decision", decision).add("comment", comment).build().toString());
        assertEquals(200, reply.status(), "deciding " + code + " " + decision + ": " + reply);
        JsonObject view = reply.json();
        assertEquals(decision, Views.decision(Views.criterion(view, code)));
        return view;
    }

    private static void clarificationReopensOnlyTheChangedCriterion(Http supplier, Http assessor, String submissionId,
                                                                   List<String> decidedMet) {
        Reply returned = assessor.post("/api/submissions/" + submissionId + "/return", null);
        assertEquals(200, returned.status(), returned.body());
        assertEquals("RETURNED", Views.text(returned.json(), "status"));
        JsonObject view = supplier.get("/api/submissions/" + submissionId).json();
        assertEquals("RETURNED", Views.text(view, "status"), "the supplier sees it was sent back");

        String clarified = "United Kingdom only: Example Cloud UK Ltd, London (eu-west-2) and Manchester regions";
        Reply answered = supplier.put("/api/submissions/" + submissionId + "/answers",
                DtacAnswers.answersJson(view.getJsonNumber("revision").longValue(), Map.of(CLARIFIED, clarified)));
        assertEquals(200, answered.status(), answered.body());
        assertEquals(clarified, Views.answerValue(Views.criterion(answered.json(), CLARIFIED)));
        Reply resubmitted = supplier.post("/api/submissions/" + submissionId + "/submit", null);
        assertEquals(200, resubmitted.status(), resubmitted.body());
        assertEquals("SUBMITTED", Views.text(resubmitted.json(), "status"));

        JsonObject review = assessor.get("/api/submissions/" + submissionId).json();
        assertNull(Views.decision(Views.criterion(review, CLARIFIED)), "the changed answer is open for a new decision");
        List<String> lost = decidedMet.stream()
                .filter(code -> !"MET".equals(Views.decision(Views.criterion(review, code)))).toList();
        assertEquals(List.of(), lost, "criteria whose answers did not change keep their decision");
        assertEquals(List.of(CLARIFIED), Views.strings(review, "outstanding"));

        Reply history = assessor.get("/api/submissions/" + submissionId + "/history");
        assertEquals(200, history.status(), history.body());
        List<String> trail = Views.objects(history.array()).stream()
                .filter(entry -> CLARIFIED.equals(Views.text(entry, "criterionCode")))
                .map(entry -> Views.text(entry, "decision")).toList();
        assertTrue(trail.contains("CLARIFICATION_NEEDED") && trail.contains("REOPENED"),
                "the history keeps the clarification and records the reopening: " + trail);
        assertTrue(history.array().size() >= decidedMet.size() + 2, "every decision is kept: " + history.array().size());

        JsonObject decided = decide(assessor, submissionId, CLARIFIED, "MET", "Hosting is named and in the UK.");
        assertTrue(Views.flag(decided, "passes"), "every required criterion is met: " + Views.strings(decided, "outstanding"));
        assertEquals(List.of(), Views.strings(decided, "outstanding"));
    }

    private JsonObject issued(Http assessor, String submissionId, Supplier supplier, JsonObject product,
                              Map<String, JsonObject> evidence) {
        String condition = "Send the next penetration test report to the assurance body when it is received";
        Reply reply = assessor.post("/api/submissions/" + submissionId + "/passport",
                Json.createObjectBuilder().add("conditions", Json.createArrayBuilder().add(condition)).build().toString());
        assertEquals(201, reply.status(), "issuing the passport: " + reply);
        JsonObject passport = reply.json();
        JsonObject details = Views.object(product, "details");

        assertFalse(Objects.requireNonNullElse(Views.text(passport, "code"), "").isBlank(), "the passport has a verification code");
        assertEquals(standing(Views.date(passport, "expiresOn")), Views.text(passport, "status"));
        assertEquals(Views.text(product, "id"), Views.text(passport, "productId"));
        assertEquals(Views.text(details, "name"), Views.text(passport, "productName"));
        assertEquals(Views.text(details, "version"), Views.text(passport, "productVersion"));
        assertEquals(supplier.organisationId(), Views.text(passport, "supplierId"));
        assertEquals(supplier.legalName(), Views.text(passport, "supplierName"));
        assertEquals(submissionId, Views.text(passport, "submissionId"));
        assertEquals("dtac", Views.text(passport, "templateId"));
        assertEquals("2", Views.text(passport, "templateVersion"));
        assertNotNull(Views.text(passport, "assessorName"));
        assertNotNull(Views.text(passport, "assuranceBody"));
        LocalDate issuedOn = Views.date(passport, "issuedOn");
        assertTrue(issuedOn != null && Math.abs(issuedOn.toEpochDay() - today.toEpochDay()) <= 1, "issued today: " + issuedOn);
        assertEquals(List.of(condition), Views.strings(passport, "conditions"));
        JsonObject signature = Views.object(passport, "signature");
        assertTrue(Views.flag(signature, "valid"), "the signature checks out: " + signature);
        assertFalse(Objects.requireNonNullElse(Views.text(signature, "jws"), "").isBlank(), "the passport is signed");

        Map<String, String> covered = new LinkedHashMap<>();
        for (JsonObject item : Views.objects(Views.array(passport, "evidence"))) {
            covered.put(Views.text(item, "evidenceId"), Views.text(item, "sha256").toLowerCase());
            assertFalse(Objects.requireNonNullElse(Views.text(item, "signedOffBy"), "").isBlank(),
                    "each evidence item is signed off: " + item);
        }
        Map<String, String> uploaded = evidence.values().stream().collect(Collectors.toMap(
                e -> Views.text(e, "id"), e -> Views.text(e, "sha256").toLowerCase()));
        assertEquals(uploaded, covered, "the passport covers each uploaded document by its hash");
        LocalDate earliest = evidence.values().stream().map(e -> Views.date(e, "expiresOn")).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElseThrow();
        assertEquals(earliest, Views.date(passport, "expiresOn"), "the passport lasts as long as its earliest-expiring evidence");

        JsonObject submission = assessor.get("/api/submissions/" + submissionId).json();
        assertEquals("PASSPORT_ISSUED", Views.text(submission, "status"));
        assertEquals(Views.text(passport, "id"), Views.text(submission, "passportId"));
        Reply again = Http.as(base, Demo.TRUST).get("/api/passports/" + Views.text(passport, "id"));
        assertEquals(200, again.status(), "a trust can read the passport: " + again);
        assertEquals(Views.text(passport, "code"), Views.text(again.json(), "code"));
        assertTrue(Views.flag(Views.object(again.json(), "signature"), "valid"));
        return passport;
    }

    private static void certificateNamesTheProductAndCode(Http supplier, String passportId, String productName, String code) {
        Reply certificate = supplier.get("/api/passports/" + passportId + "/certificate");
        assertEquals(200, certificate.status(), certificate.body());
        assertTrue(certificate.header("Content-Type").startsWith("application/pdf"), certificate.header("Content-Type"));
        String text = EvidencePdfs.textOf(certificate.bytes());
        assertTrue(text.contains(productName), "the certificate names the product: " + text);
        assertTrue(text.contains(code), "the certificate carries the verification code: " + text);
    }

    private void publicVerificationVouchesForIt(String code, String productName, Supplier supplier,
                                                Map<String, JsonObject> evidence) {
        Reply reply = verify(code);
        assertEquals(200, reply.status(), reply.body());
        JsonObject verification = reply.json();
        assertTrue(Views.flag(verification, "valid"), reply.body());
        assertEquals(code, Views.text(verification, "code"));
        assertEquals(standing(Views.date(verification, "expiresOn")), Views.text(verification, "status"));
        assertEquals(productName, Views.text(verification, "productName"));
        assertEquals(supplier.legalName(), Views.text(verification, "supplierName"));
        assertFalse(Views.strings(verification, "evidenceCovered").isEmpty(), "it says what evidence is covered");
        assertNoDocumentDetails(reply, evidence);
        Problems.assertProblem(verify("IP-NOSU-CH" + Suppliers.token(4).toUpperCase()), 404);
    }

    /**
     * The plain answer names no document; the signed passport it carries does cover each one by its
     * hash (so that it can be checked offline), encoded as the JWS it was signed as.
     */
    private static void assertNoDocumentDetails(Reply verification, Map<String, JsonObject> evidence) {
        String body = Json.createObjectBuilder(verification.json()).remove("signature").build().toString();
        assertFalse(body.contains("sha256"), "public verification shows no hashes: " + body);
        for (JsonObject item : evidence.values()) {
            assertFalse(body.contains(Views.text(item, "id")), "public verification shows no document ids: " + body);
            assertFalse(body.toLowerCase().contains(Views.text(item, "sha256").toLowerCase()), "no document hash: " + body);
        }
    }

    private void threeTrustsRelyAndEachCountsOnce(List<Http> trusts, String passportId) {
        long before = assessmentsAvoided();
        Map<Http, String> reliances = new LinkedHashMap<>();
        for (Http trust : trusts) {
            Reply relied = trust.post("/api/passports/" + passportId + "/reliances", null);
            assertEquals(201, relied.status(), relied.body());
            JsonObject reliance = relied.json();
            assertEquals(passportId, Views.text(reliance, "passportId"));
            assertNotNull(Views.text(reliance, "trustName"));
            reliances.put(trust, Views.text(reliance, "id"));
        }
        assertEquals(3, new LinkedHashSet<>(reliances.values()).size(), "each trust has its own reliance");

        Http first = trusts.get(0);
        Reply twice = first.post("/api/passports/" + passportId + "/reliances", null);
        assertTrue(twice.status() == 200 || twice.status() == 201, "relying again is harmless: " + twice);
        assertEquals(reliances.get(first), Views.text(twice.json(), "id"), "relying again answers the same reliance");

        assertEquals(before + 3, assessmentsAvoided(), "each trust's reliance avoids one assessment, counted once");
        Reply passport = first.get("/api/passports/" + passportId);
        assertEquals(3, passport.json().getJsonNumber("assessmentsAvoided").longValue(), passport.body());
        assertEquals(3, relianceCount(first, passportId));
        Reply mine = first.get("/api/reliances");
        assertEquals(200, mine.status(), mine.body());
        assertEquals(1, Views.objects(mine.array()).stream().filter(r -> passportId.equals(Views.text(r, "passportId"))).count(),
                "the trust's own list has the passport once");
    }

    private static long relianceCount(Http http, String passportId) {
        Reply reply = http.get("/api/passports/" + passportId + "/reliances");
        assertEquals(200, reply.status(), reply.body());
        return reply.array().size();
    }

    private long assessmentsAvoided() {
        Reply reply = Http.anonymous(base).get("/api/assessments-avoided");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonNumber("assessmentsAvoided").longValue();
    }

    private static void everyRelyingTrustIsNotified(List<Http> trusts, String passportId) throws InterruptedException {
        long deadline = System.nanoTime() + NOTIFICATION_WAIT.toNanos();
        List<Http> waiting = new ArrayList<>(trusts);
        while (!waiting.isEmpty()) {
            waiting.removeIf(trust -> notificationAbout(trust, passportId).isPresent());
            if (waiting.isEmpty()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                fail(waiting.size() + " of the " + trusts.size() + " relying trusts were not notified within "
                        + NOTIFICATION_WAIT.toSeconds() + " s of the suspension");
            }
            Thread.sleep(500);
        }
        for (Http trust : trusts) {
            JsonObject notification = notificationAbout(trust, passportId).orElseThrow();
            assertFalse(Objects.requireNonNullElse(Views.text(notification, "message"), "").isBlank(), notification.toString());
        }
    }

    private static Optional<JsonObject> notificationAbout(Http trust, String passportId) {
        Reply reply = trust.get("/api/notifications");
        assertEquals(200, reply.status(), reply.body());
        return Views.objects(reply.array()).stream().filter(n -> passportId.equals(Views.text(n, "passportId"))).findFirst();
    }

    private void verificationSaysNotValidAndWhy(String code, String reason) {
        Reply reply = verify(code);
        assertEquals(200, reply.status(), reply.body());
        JsonObject verification = reply.json();
        assertFalse(Views.flag(verification, "valid"), "a suspended passport is not valid: " + reply.body());
        assertEquals("SUSPENDED", Views.text(verification, "status"));
        String why = Objects.requireNonNullElse(Views.text(verification, "reason"), "");
        assertTrue(why.toLowerCase().contains("suspend") || why.contains(reason), "verification says why: " + why);
        assertNotEquals("", why);
    }

    /** A passport in force is ISSUED, or EXPIRING within 30 days of its expiry (in June the DSPT deadline is that close). */
    private String standing(LocalDate expiresOn) {
        assertNotNull(expiresOn, "the passport has an expiry date");
        return expiresOn.isAfter(today.plusDays(30)) ? "ISSUED" : "EXPIRING";
    }

    private Reply verify(String code) {
        return Http.anonymous(base).get("/api/verify/" + URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
