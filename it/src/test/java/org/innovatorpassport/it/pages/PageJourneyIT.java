package org.innovatorpassport.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innovatorpassport.it.pages.DtacPageAnswers.Typed;
import org.innovatorpassport.it.pages.Page.Row;
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
 * The whole journey through the server-rendered pages alone, as a browser without JavaScript makes
 * it: every step is a link opened or a form submitted (url-encoded, or multipart for evidence), every
 * accepted form answers 303 and every page 200 HTML. A supplier registers, describes a product,
 * answers DTAC version 2 and uploads its evidence, and submits; the assessor meets every criterion
 * and issues the passport; anyone can verify it signed out; three NHS trusts rely on it.
 */
@ExtendWith(ArquillianExtension.class)
class PageJourneyIT {
    private static final Pattern UUID_TAIL = Pattern.compile("/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$");
    private static final String PRODUCT_CHECKLIST_ITEM = "At least one product described";
    private static final String CONDITION = "Send the next penetration test report to the assurance body within 14 days of receiving it";
    private static final int MAX_ANSWER_ROUNDS = 12;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    /** The server dates evidence in UTC; so does the test, or "today" could be tomorrow for the server. */
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final LocalDate cyberEssentialsIssued = today.minusMonths(2);
    private final LocalDate penTested = today.minusMonths(3);

    /** A product version as the supplier describes it, and where its page is. */
    private record Product(String id, String name, String version) {
        String title() {
            return name + " " + version;
        }
    }

    /** The issued passport as its page shows it. */
    private record Passport(String id, String code) {
    }

    @Test
    void newSupplierEarnsAPassportThroughThePagesAloneAndThreeTrustsRelyOnIt() {
        NewSupplier supplier = NewSupplier.fresh();
        PageSession supplierBrowser = new PageSession(base);

        registersSignsInAndSeesWhatIsMissing(supplierBrowser, supplier);
        Product product = describesAProductWhichTicksTheChecklist(supplierBrowser);
        String submissionId = startsADraftDtacSubmissionFromTheProductPage(supplierBrowser, product);
        Set<String> answered = answersUntilEveryQuestionThatAppliesIsAnsweredWithoutProblems(supplierBrowser, supplier,
                product, submissionId);
        int documents = uploadsEveryDocumentThePageSaysIsMissing(supplierBrowser, submissionId);
        submitsForAssessmentAndCanNoLongerChangeIt(supplierBrowser, submissionId, product);

        Passport passport = assessorMeetsEveryCriterionAndIssuesThePassport(submissionId, product, supplier, answered, documents);
        anyoneSignedOutCanVerifyThatItIsValid(passport, product, supplier);
        threeTrustsRelyOnItAndEachIsCountedOnce(passport, product);
    }

    private void registersSignsInAndSeesWhatIsMissing(PageSession browser, NewSupplier s) {
        Page form = browser.open("/register");
        assertEquals("Register your organisation", form.heading(), form.describe());
        Page login = browser.submit(form.formTo("/register")
                .set("legalName", s.legalName())
                .set("companiesHouseNumber", s.companiesHouseNumber())
                .set("registeredAddress", s.registeredAddress())
                .set("icoNumber", s.icoNumber())
                .set("dsptOdsCode", s.dsptOdsCode())
                .set("contactName", s.contactName())
                .set("contactEmail", s.contactEmail())
                .set("contactPhone", s.contactPhone())
                .set("password", s.password()));
        assertEquals("/login", login.path(), "registering sends the new supplier to sign in: " + login.describe());
        assertEquals("Sign in", login.heading(), login.describe());
        assertFalse(browser.signedIn(), "registering alone does not sign anyone in");

        HtmlForm signIn = login.formTo("/login");
        assertEquals(Optional.of("/supplier"), signIn.value("next"), "after signing in the supplier goes to its dashboard");
        Page dashboard = browser.submit(signIn.set("email", s.contactEmail()).set("password", s.password()));
        assertTrue(browser.signedIn(), "signing in sets the " + PageSession.SESSION_COOKIE + " cookie");
        assertEquals("/supplier", dashboard.path(), dashboard.describe());
        assertEquals(s.legalName(), dashboard.heading(), dashboard.describe());
        assertEquals(Optional.of(s.companiesHouseNumber()), dashboard.summary("Companies House number"));
        assertEquals(Optional.of(s.icoNumber()), dashboard.summary("ICO registration number"));
        assertEquals(Optional.of(s.dsptOdsCode()), dashboard.summary("DSPT ODS code"));

        Map<String, String> checklist = checklist(dashboard);
        assertEquals("Not started", checklist.get(PRODUCT_CHECKLIST_ITEM), "the checklist asks for a product: " + checklist);
        checklist.forEach((item, status) -> {
            if (!item.equals(PRODUCT_CHECKLIST_ITEM)) {
                assertEquals("Completed", status, "registration completes '" + item + "': " + checklist);
            }
        });
        assertTrue(dashboard.links("/supplier/products/new"), "the dashboard offers to describe a product");
    }

    private Product describesAProductWhichTicksTheChecklist(PageSession browser) {
        Product wanted = new Product(null, "Ward Rounds " + NewSupplier.digits(4), "3.2." + NewSupplier.digits(1));
        Page form = browser.open("/supplier/products/new");
        assertEquals("Describe a product", form.heading(), form.describe());
        Page saved = browser.submit(form.formTo("/supplier/products")
                .set("name", wanted.name())
                .set("version", wanted.version())
                .set("summary", "Shared ward round lists and jobs for hospital doctors and nurses.")
                .set("intendedPurpose", "Helps ward teams plan rounds, record jobs and hand over between shifts on adult wards.")
                .set("intendedUsers", "CLINICIANS")
                .set("careSettings", "Acute hospital\nCommunity hospital")
                .set("conditions", "Acute medical admissions")
                .check("platforms", "WEB", "IOS")
                .set("deviceClass", "NOT_A_DEVICE")
                .set("marking", "NONE")
                .set("niceTier", "A")
                .check("standards", "FHIR", "NHS_NUMBER", "PDS")
                .set("pricingModel", "PER_SITE"));
        String id = idAtTheEndOf(saved, "/supplier/products/");
        assertEquals(wanted.title(), saved.heading(), saved.describe());
        assertEquals("Your product has been saved.", saved.banner(), saved.describe());

        Page dashboard = browser.open("/supplier");
        assertEquals("Completed", checklist(dashboard).get(PRODUCT_CHECKLIST_ITEM), "the checklist counts the product once described");
        assertTrue(dashboard.links("/supplier/products/" + id), "the dashboard lists the product");
        return new Product(id, wanted.name(), wanted.version());
    }

    private String startsADraftDtacSubmissionFromTheProductPage(PageSession browser, Product product) {
        Page productPage = browser.open("/supplier/products/" + product.id());
        assertTrue(productPage.text().contains("No submission has been started for this version."), productPage.describe());
        Page draft = browser.submit(productPage.formTo("/supplier/products/" + product.id() + "/submissions"));
        String id = idAtTheEndOf(draft, "/supplier/submissions/");
        assertEquals("DTAC submission for " + product.title(), draft.heading(), draft.describe());
        assertEquals(Optional.of("Draft"), draft.summary("Status"));
        assertTrue(draft.summary("Assessment").orElse("").contains("version 2"), "DTAC version 2 is in force: " + draft.summary("Assessment"));
        return id;
    }

    /**
     * Fills each empty question on the page, saves, and reads the page again: answers make follow-up
     * questions appear, and the page lists what still needs an answer or a correction.
     *
     * @return the codes of the questions that apply, all answered
     */
    private Set<String> answersUntilEveryQuestionThatAppliesIsAnsweredWithoutProblems(PageSession browser, NewSupplier supplier,
                                                                                      Product product, String submissionId) {
        DtacPageAnswers answers = DtacPageAnswers.of(base, supplier, product.name(), product.version(), cyberEssentialsIssued, penTested);
        String path = "/supplier/submissions/" + submissionId;
        Page page = browser.open(path);
        for (int round = 1; round <= MAX_ANSWER_ROUNDS; round++) {
            HtmlForm form = page.formTo(path + "/answers");
            Map<String, String> problems = page.answerProblems();
            List<String> asked = form.names().stream().filter(n -> n.startsWith("answer-")).map(n -> n.substring("answer-".length())).toList();
            assertFalse(asked.isEmpty(), "the draft asks questions: " + page.describe());
            Map<String, Typed> typing = new LinkedHashMap<>();
            List<String> stuck = new ArrayList<>();
            for (String code : asked) {
                Typed wanted = answers.answerFor(code, form);
                boolean flagged = problems.containsKey(code);
                if (!answered(form, code) || flagged && !shows(form, code, wanted)) {
                    type(form, code, wanted);
                    typing.put(code, wanted);
                } else if (flagged) {
                    stuck.add(code + " answered '" + wanted + "': " + problems.get(code));
                }
            }
            if (!stuck.isEmpty()) {
                fail("the page finds fault with answers the test holds to be right: " + stuck);
            }
            if (typing.isEmpty()) {
                assertEquals(Map.of(), problems, "no question still needs an answer or a correction");
                assertFalse(form.has("answer-C1.2"), "a product that is not a medical device is not asked its device class");
                assertFalse(form.has("answer-A12"), "no CQC report is asked for when the CQC question does not apply");
                assertFalse(form.has("answer-C2.9"), "no transfer basis is asked for when no data leaves the UK");
                assertFalse(form.has("answer-C4.8"), "NHS login is not asked about when patients do not use the product");
                assertTrue(form.has("answer-C3.5"), "without the Cyber Security Charter the penetration test is asked about");
                assertTrue(form.has("answer-C1.11"), "when DCB0129 applies the Clinical Safety Officer is asked for");
                return new LinkedHashSet<>(asked);
            }
            page = browser.submit(form);
            assertEquals("Your answers have been saved.", page.banner(), "saving " + typing.keySet() + ": " + page.describe());
            assertEquals(path, page.path(), "saving stays on the submission: " + page.describe());
        }
        return fail("the answers did not settle in " + MAX_ANSWER_ROUNDS + " rounds of saving; still needed: " + page.answerProblems());
    }

    private static boolean answered(HtmlForm form, String code) {
        return form.value("answer-" + code).isPresent() || form.has("na-" + code) && form.value("na-" + code).isPresent();
    }

    private static boolean shows(HtmlForm form, String code, Typed typed) {
        if (typed.notApplicable()) {
            return form.has("na-" + code) && form.value("na-" + code).isPresent()
                    && typed.notApplicableBecause().equals(form.value("why-" + code).orElse("").trim());
        }
        return typed.value().equals(String.join(",", form.values("answer-" + code)).trim());
    }

    private static void type(HtmlForm form, String code, Typed typed) {
        String field = "answer-" + code;
        if (typed.notApplicable()) {
            form.check("na-" + code, form.choices("na-" + code).keySet().iterator().next());
            form.set("why-" + code, typed.notApplicableBecause());
            if (form.kind(field) != HtmlForm.Kind.RADIO && form.kind(field) != HtmlForm.Kind.CHECKBOX) {
                form.set(field, "");
            }
        } else if (form.kind(field) == HtmlForm.Kind.CHECKBOX) {
            form.check(field, typed.value().split(","));
        } else {
            form.set(field, typed.value());
        }
    }

    /** Uploads, one form at a time, each document the warning "Evidence still needed" lists; answers how many. */
    private int uploadsEveryDocumentThePageSaysIsMissing(PageSession browser, String submissionId) {
        String path = "/supplier/submissions/" + submissionId;
        Page page = browser.open(path);
        List<String> needed = page.evidenceStillNeeded();
        Map<String, String> typeByTitle = new LinkedHashMap<>();
        page.formTo(path + "/evidence").choices("type").forEach((code, title) -> {
            if (!code.isEmpty()) {
                typeByTitle.put(title, code);
            }
        });
        List<String> types = new ArrayList<>();
        for (String title : needed) {
            String type = typeByTitle.get(title);
            if (type == null) {
                fail("the page asks for '" + title + "', which its upload form does not offer: " + typeByTitle.keySet());
            }
            types.add(type);
        }
        assertTrue(types.containsAll(List.of("DSPT_ASSESSMENT", "CYBER_ESSENTIALS", "PEN_TEST")),
                "the DSPT, the Cyber Essentials certificate and the penetration test report are asked for: " + needed);

        for (String type : types) {
            String title = titleOf(typeByTitle, type);
            LocalDate issuedOn = issuedOn(type);
            HtmlForm upload = page.formTo(path + "/evidence")
                    .set("type", type)
                    .set("reference", type.replace('_', '-') + "-" + NewSupplier.digits(6))
                    .set("issuer", issuer(type))
                    .set("issuedOn", issuedOn.toString());
            if (type.equals("MEDICAL_DEVICE_CERTIFICATE")) {
                upload.set("expiresOn", today.plusYears(2).toString());
            }
            upload.attach("file", type.toLowerCase(Locale.ROOT) + ".pdf", "application/pdf",
                    PagePdf.document(title, "Evidence for the page journey test.", "Issued on " + issuedOn + " by " + issuer(type) + "."));
            page = browser.submit(upload);
            assertEquals("The document has been uploaded.", page.banner(), "uploading " + title + ": " + page.describe());
            assertTrue(page.table("Evidence documents").stream().anyMatch(r -> r.cell("Type").startsWith(title)),
                    "the evidence table lists " + title + ": " + page.table("Evidence documents"));
            assertFalse(page.evidenceStillNeeded().contains(title), title + " is no longer asked for");
        }
        assertEquals(List.of(), page.evidenceStillNeeded(), "nothing is missing once each document is uploaded");
        assertEquals(Map.of(), page.answerProblems(), "uploading leaves every answer valid");
        assertFalse(page.text().contains("What is still needed"), "the page says nothing more is needed");
        assertEquals(types.size(), page.table("Evidence documents").size(), "one row per uploaded document");
        return types.size();
    }

    private static String titleOf(Map<String, String> typeByTitle, String type) {
        return typeByTitle.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey).findFirst().orElse(type);
    }

    /** The DSPT a month ago (or today, if that one would lapse at today's deadline); certificates within 12 months. */
    private LocalDate issuedOn(String type) {
        return switch (type) {
            case "DSPT_ASSESSMENT" -> {
                LocalDate monthAgo = today.minusMonths(1);
                yield nextDsptDeadline(monthAgo).isAfter(today) ? monthAgo : today;
            }
            case "CYBER_ESSENTIALS" -> cyberEssentialsIssued;
            case "PEN_TEST" -> penTested;
            default -> today.minusMonths(4);
        };
    }

    /** The first 30 June after a DSPT is published, when it lapses. */
    private static LocalDate nextDsptDeadline(LocalDate published) {
        LocalDate deadline = MonthDay.of(6, 30).atYear(published.getYear());
        return deadline.isAfter(published) ? deadline : deadline.plusYears(1);
    }

    private static String issuer(String type) {
        return switch (type) {
            case "DSPT_ASSESSMENT" -> "NHS England DSPT";
            case "CYBER_ESSENTIALS" -> "IASME Consortium";
            case "PEN_TEST" -> "Example Testing Ltd";
            default -> "Page Journey Health clinical and governance team";
        };
    }

    private void submitsForAssessmentAndCanNoLongerChangeIt(PageSession browser, String submissionId, Product product) {
        String path = "/supplier/submissions/" + submissionId;
        Page page = browser.open(path);
        Page sent = browser.submit(page.formTo(path + "/submit"));
        assertEquals(path, sent.path(), sent.describe());
        assertEquals("Your submission has been sent for assessment.", sent.banner(), sent.describe());
        assertEquals(Optional.of("Submitted"), sent.summary("Status"), sent.describe());
        assertTrue(sent.formsTo("/answers").isEmpty() && sent.formsTo("/evidence").isEmpty(),
                "a submission sent for assessment can no longer be changed: " + sent.forms());

        Page dashboard = browser.open("/supplier");
        Row row = rowLinking(dashboard, "Your submissions for assurance", path);
        assertEquals(product.title(), row.cell("Product"));
        assertEquals("Submitted", row.cell("Status"));
    }

    private Passport assessorMeetsEveryCriterionAndIssuesThePassport(String submissionId, Product product, NewSupplier supplier,
                                                                    Set<String> answered, int documents) {
        PageSession assessor = new PageSession(base);
        Page queue = assessor.signIn(Demo.ASSESSOR, Http.PASSWORD, "/assessor");
        assertEquals("Submissions to review", queue.heading(), queue.describe());
        String reviewPath = "/assessor/submissions/" + submissionId;
        Row waiting = rowLinking(queue, "Submissions sent for assessment", reviewPath);
        assertEquals(supplier.legalName(), waiting.cell("Supplier"));
        assertEquals("Submitted", waiting.cell("Status"));

        Page review = assessor.open(reviewPath);
        assertEquals("Review " + product.title(), review.heading(), review.describe());
        List<HtmlForm> decisionForms = review.formsTo(reviewPath + "/decisions");
        Set<String> decidable = new LinkedHashSet<>();
        decisionForms.forEach(f -> decidable.add(f.value("criterion").orElseThrow(() -> new AssertionError("a decision form without its criterion"))));
        assertEquals(answered, decidable, "each question the supplier answered has a decision form, and only those");
        assertTrue(review.formsTo(reviewPath + "/passport").isEmpty(), "no passport can be issued before the criteria are met");

        Page page = review;
        for (HtmlForm form : decisionForms) {
            String code = form.value("criterion").orElseThrow();
            page = assessor.submit(form.set("decision", "MET").set("comment", "Checked against the answer and the evidence."));
            assertEquals("Your decision has been saved.", page.banner(), "deciding " + code + ": " + page.describe());
            String criterion = page.textOf("criterion-" + code.replaceAll("[^A-Za-z0-9_-]", "-"))
                    .orElseThrow(() -> new AssertionError("the review page has no block for " + code));
            assertTrue(criterion.contains("Assessor's decision: Met"), code + " shows the decision: " + criterion);
        }
        assertTrue(page.summary("Result so far").orElse("").contains("Every required criterion is met"),
                "the review says the submission passes: " + page.summary("Result so far"));

        Page issued = assessor.submit(page.formTo(reviewPath + "/passport").set("conditions", CONDITION));
        String passportId = idAtTheEndOf(issued, "/passports/");
        assertEquals("The passport has been issued.", issued.banner(), issued.describe());
        assertEquals("Innovator passport for " + product.title(), issued.heading(), issued.describe());
        String status = issued.summary("Status").orElse("");
        assertTrue(status.startsWith("Issued") || status.startsWith("Expiring"), "the passport is in force: " + status);
        assertEquals(Optional.of(supplier.legalName()), issued.summary("Supplier"));
        assertEquals(Optional.of("DTAC version 2"), issued.summary("Assessed against"));
        String signature = issued.summary("Signature").orElse("");
        assertTrue(signature.matches("Signature valid, signed by \\S+ with key \\S+"), "the page says who signed it with which key: " + signature);
        assertEquals(Optional.of("0 trusts, so 0 assessments were not repeated"), issued.summary("Trusts relying on it"));
        assertEquals(documents, issued.table("Evidence covered by this passport").size(), "the passport covers every document uploaded");
        assertTrue(issued.text().contains(CONDITION), "the passport carries its condition");
        Optional<String> code = issued.summaryValue("Verification code").map(value -> value.selectFirst("code")).map(Words::in);
        assertTrue(code.isPresent(), "the passport page shows the verification code: " + issued.summary("Verification code"));
        String verificationCode = code.get();
        assertFalse(verificationCode.isEmpty(), "the verification code is not blank");
        return new Passport(passportId, verificationCode);
    }

    private void anyoneSignedOutCanVerifyThatItIsValid(Passport passport, Product product, NewSupplier supplier) {
        PageSession anyone = new PageSession(base);
        Page form = anyone.open("/verify");
        assertEquals("Verify a passport", form.heading(), form.describe());
        Page verdict = anyone.submit(form.formTo("/verify").set("code", passport.code()));
        assertFalse(anyone.signedIn(), "verification needs no sign-in");
        assertEquals("/verify/" + passport.code(), verdict.path(), "checking a code lands on its own page: " + verdict.describe());
        assertEquals(Optional.of("Valid"), verdict.textOf("verdict"), verdict.describe());
        assertTrue(verdict.title().startsWith("Valid: passport " + passport.code()), verdict.title());
        assertEquals(Optional.of(product.name()), verdict.summary("Product"));
        assertEquals(Optional.of(product.version()), verdict.summary("Version"));
        assertEquals(Optional.of(supplier.legalName()), verdict.summary("Supplier"));
        String signature = verdict.summary("Signature").orElse("");
        assertTrue(signature.matches("Signature valid, signed by \\S+ with key \\S+"), "anyone sees who signed it: " + signature);

        Page direct = anyone.open("/verify/" + passport.code());
        assertEquals(Optional.of("Valid"), direct.textOf("verdict"), "the verification link works on its own: " + direct.describe());
    }

    private void threeTrustsRelyOnItAndEachIsCountedOnce(Passport passport, Product product) {
        long before = assessmentsAvoided();
        String passportPath = "/passports/" + passport.id();
        List<String> trusts = List.of(Demo.TRUST, Demo.TRUST_OXFORD, Demo.TRUST_BUCKS);
        for (int i = 0; i < trusts.size(); i++) {
            String email = trusts.get(i);
            PageSession trust = new PageSession(base);
            Page page = trust.signIn(email, Http.PASSWORD, passportPath);
            assertEquals("Innovator passport for " + product.title(), page.heading(), page.describe());
            HtmlForm rely = page.formTo(passportPath + "/reliance");
            assertTrue(rely.buttons().contains("Rely on this passport"), email + " is offered to rely on it: " + rely);

            Page relied = trust.submit(rely);
            assertEquals(passportPath, relied.path(), relied.describe());
            assertEquals("Your trust now relies on this passport.", relied.banner(), email + ": " + relied.describe());
            assertTrue(relied.text().contains("Your trust relies on this passport."), email + " sees that its trust relies on it");
            assertTrue(relied.formsTo("/reliance").isEmpty(), "the button is gone once " + email + "'s trust relies on it");
            int count = i + 1;
            assertEquals(Optional.of(count == 1 ? "1 trust, so 1 assessment was not repeated"
                            : count + " trusts, so " + count + " assessments were not repeated"),
                    relied.summary("Trusts relying on it"), "each trust that relies on it is counted once");

            Page dashboard = trust.open("/trust");
            assertEquals("Yes", rowLinking(dashboard, "Products with an innovator passport", passportPath).cell("Your trust relies on it"),
                    email + "'s dashboard says its trust relies on the passport");
        }
        assertEquals(before + trusts.size(), assessmentsAvoided(), "three reliances avoid three repeated assessments");
    }

    private long assessmentsAvoided() {
        Reply reply = Http.anonymous(base).get("/api/assessments-avoided");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonNumber("assessmentsAvoided").longValue();
    }

    /** The supplier's checklist: each item's words and its status ("Completed", "Not started"). */
    private static Map<String, String> checklist(Page dashboard) {
        Map<String, String> items = dashboard.taskList();
        assertFalse(items.isEmpty(), "the dashboard shows the checklist: " + dashboard.describe());
        return items;
    }

    private static Row rowLinking(Page page, String caption, String href) {
        List<Row> rows = page.table(caption);
        return rows.stream().filter(r -> r.links(href)).findFirst()
                .orElseThrow(() -> new AssertionError("the table '" + caption + "' on " + page.path() + " has no row linking to " + href
                        + "; rows: " + rows.stream().map(Row::cells).toList()));
    }

    private static String idAtTheEndOf(Page page, String prefix) {
        Matcher m = UUID_TAIL.matcher(page.path());
        assertTrue(page.path().startsWith(prefix) && m.find(), "expected to land on " + prefix + "{id}: " + page.describe());
        return m.group(1);
    }
}
