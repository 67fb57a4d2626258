package org.innovatorpassport.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.assurance.api.EvidenceMatch;
import org.innovatorpassport.assurance.api.NotificationView;
import org.innovatorpassport.assurance.api.PassportAction;
import org.innovatorpassport.assurance.api.PassportStatus;
import org.innovatorpassport.assurance.api.PassportView;
import org.innovatorpassport.assurance.api.RelianceView;
import org.innovatorpassport.assurance.api.SubmissionAction;
import org.innovatorpassport.assurance.api.SubmissionStatus;
import org.innovatorpassport.assurance.api.SubmissionSummary;
import org.innovatorpassport.assurance.api.SubmissionView;
import org.innovatorpassport.assurance.api.Verification;
import org.innovatorpassport.onboarding.api.ChecklistItem;
import org.innovatorpassport.onboarding.api.Invitation;
import org.innovatorpassport.onboarding.api.SupplierProfile;
import org.innovatorpassport.platform.api.OrganisationKind;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.templates.api.Answer;
import org.innovatorpassport.web.page.account.InvitationPages;
import org.innovatorpassport.web.page.account.LoginPage;
import org.innovatorpassport.web.page.account.SupplierRegistrationPage;
import org.innovatorpassport.web.page.assessor.AssessorPages;
import org.innovatorpassport.web.page.assessor.ReviewScreen;
import org.innovatorpassport.web.page.passport.PassportPage.PassportScreen;
import org.innovatorpassport.web.page.passport.VerificationPage;
import org.innovatorpassport.web.page.store.HealthStorePage;
import org.innovatorpassport.web.page.supplier.ProductPages;
import org.innovatorpassport.web.page.supplier.SubmissionScreen;
import org.innovatorpassport.web.page.supplier.SupplierDashboardPage;
import org.innovatorpassport.web.page.trust.TrustPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every page template rendered with a model and no server, read back as a browser reads it. */
class TemplateRenderingTest {

    private static PassportScreen passportScreen(PassportView passport, java.util.Optional<org.innovatorpassport.platform.api.Caller> caller,
                                                 boolean trust, boolean relied) {
        return new PassportScreen(Shell.of("Passport", caller), passport, Samples.TEMPLATES.evidenceTypes(), trust, relied, null,
                ErrorSummary.NONE, null, Map.of(), "");
    }

    private static Set<String> buttons(Document page) {
        return Set.copyOf(page.select("main button").eachText());
    }

    @Test
    void layoutEscapesTheCallerAndOffersTheMenuOfItsRoles() {
        Document page = Rendered.page("home", Shell.of("Home", Samples.supplier()));
        assertEquals("Home – Innovator Passport", page.title());
        assertEquals("Sam <Tester>, Brightwell Digital Health Ltd", page.select(".nhsuk-header__account-item").first().text());
        assertEquals(List.of("Health Store", "Your organisation", "Awaiting you", "Search the catalogue"), page.select(".nhsuk-header__navigation-link").eachText());
        assertNotNull(page.selectFirst("form[action=/logout]"));
        Document anonymous = Rendered.page("home", Shell.of("Home", Optional.empty()));
        assertEquals("Sign in", anonymous.selectFirst(".nhsuk-header__account-link").text());
        assertEquals(List.of("Health Store"), anonymous.select(".nhsuk-header__navigation-link").eachText());
    }

    @Test
    void thePlatformAdminsMenuLeadsToTheUsers() {
        Document page = Rendered.page("home", Shell.of("Home", Samples.caller(Roles.ADMIN, OrganisationKind.PLATFORM, "Innovator Passport")));
        assertEquals(List.of("Health Store", "Search the catalogue", "Regional boards", "Users"),
                page.select(".nhsuk-header__navigation-link").eachText());
        assertNotNull(page.selectFirst(".nhsuk-header__navigation-link[href=/admin/users]"));
        assertNull(Rendered.page("home", Shell.of("Home", Samples.trust())).selectFirst("a[href=/admin/users]"));
    }

    @Test
    void anAssessorSeesNoSuspendButtonOnAnExpiredPassportButMayStillRevokeIt() {
        PassportView expired = Samples.passport(PassportStatus.EXPIRED, EnumSet.of(PassportAction.REVOKE));
        Document page = Rendered.page("passport/passport", passportScreen(expired, Samples.assessor(), false, false));
        assertTrue(page.select("form[action$=/suspension]").isEmpty());
        assertEquals(1, page.select("form[action$=/revocation]").size());
        assertEquals(Set.of("Revoke passport"), buttons(page));
    }

    @Test
    void aSupplierSeesRenewExactlyWhenThePassportAllowsIt() {
        PassportView renewable = Samples.passport(PassportStatus.SUSPENDED, EnumSet.of(PassportAction.RENEW));
        Document page = Rendered.page("passport/passport", passportScreen(renewable, Samples.supplier(), false, false));
        assertEquals(1, page.select("form[action$=/renewal]").size());
        PassportView notRenewable = Samples.passport(PassportStatus.REVOKED, EnumSet.noneOf(PassportAction.class));
        Document revoked = Rendered.page("passport/passport", passportScreen(notRenewable, Samples.supplier(), false, false));
        assertTrue(revoked.select("form[action$=/renewal]").isEmpty());
        assertTrue(buttons(revoked).isEmpty());
    }

    @Test
    void aTrustReliesOnlyWhenAllowedAndIsToldWhenItAlreadyDoes() {
        PassportView issued = Samples.passport(PassportStatus.ISSUED, EnumSet.of(PassportAction.RELY));
        assertEquals(Set.of("Rely on this passport"), buttons(Rendered.page("passport/passport",
                passportScreen(issued, Samples.trust(), true, false))));
        assertTrue(Rendered.page("passport/passport", passportScreen(issued, Samples.trust(), true, true)).text()
                .contains("Your trust relies on this passport."));
        PassportView suspended = Samples.passport(PassportStatus.SUSPENDED, EnumSet.noneOf(PassportAction.class));
        Document page = Rendered.page("passport/passport", passportScreen(suspended, Samples.trust(), true, false));
        assertTrue(buttons(page).isEmpty());
        assertTrue(page.text().contains("cannot be relied on while it is suspended"));
    }

    @Test
    void thePassportPageEscapesWhatItShowsAndLinksAnErrorToItsForm() {
        PassportView issued = Samples.passport(PassportStatus.ISSUED, EnumSet.of(PassportAction.SUSPEND, PassportAction.REVOKE));
        Problem refused = Problem.invalid("reason", "Enter the reason");
        PassportScreen screen = new PassportScreen(Shell.of("Passport", Samples.assessor(), refused), issued,
                Samples.TEMPLATES.evidenceTypes(), false, false, null,
                ErrorSummary.of(refused, List.of("reason"), f -> "suspend-reason"), "suspend", refused.fieldErrors(), "typed <b>");
        Document page = Rendered.page("passport/passport", screen);
        assertTrue(page.title().startsWith("Error: "));
        assertEquals("#suspend-reason", page.selectFirst(".nhsuk-error-summary a").attr("href"));
        assertEquals("typed <b>", page.getElementById("suspend-reason").text());
        assertEquals("", page.getElementById("revoke-reason").text());
        assertTrue(page.html().contains("BreatheWell &lt;script&gt;"));
        assertTrue(page.select("main script").isEmpty());
        assertEquals("Issued", page.selectFirst(".nhsuk-summary-list__value strong").text());
    }

    @Test
    void anEditableSubmissionHasAnInputPerQuestionAndTheUploadForms() {
        SubmissionView draft = Samples.submission(SubmissionStatus.DRAFT, EnumSet.of(SubmissionAction.EDIT, SubmissionAction.SUBMIT));
        SubmissionScreen screen = new SubmissionScreen(Shell.of("Submission", Samples.supplier()), draft, Samples.dtac(), "BreatheWell 2.1",
                List.of(Samples.evidence()), Samples.TEMPLATES.evidenceTypes(),
                new SubmissionScreen.Attempt("answers", Problem.invalid("C1.1", "Answer this question"), Map.of(), Map.of(), null), null);
        Document page = Rendered.page("supplier/submission", screen);
        Element answers = page.selectFirst("form[action$=/answers]");
        assertNotNull(answers);
        assertEquals("3", answers.selectFirst("input[name=revision]").val());
        assertNotNull(page.getElementById("answer-C1-1"));
        assertEquals("#answer-C1-1", page.selectFirst(".nhsuk-error-summary a").attr("href"));
        assertTrue(page.selectFirst(".nhsuk-error-summary").text().contains("C1.1: Answer this question"));
        assertNotNull(page.selectFirst("form[action$=/evidence][enctype=multipart/form-data]"));
        assertEquals(1, page.select("details form[action*=/evidence/]").size());
        assertTrue(buttons(page).contains("Submit for assessment"));
        assertTrue(page.text().contains("Cyber Essentials or Cyber Essentials Plus certificate"));
    }

    @Test
    void aSubmissionUnderReviewIsReadOnlyForTheSupplier() {
        SubmissionView submitted = Samples.submission(SubmissionStatus.SUBMITTED, EnumSet.noneOf(SubmissionAction.class));
        SubmissionScreen screen = new SubmissionScreen(Shell.of("Submission", Samples.supplier()), submitted, Samples.dtac(), "BreatheWell",
                List.of(), Samples.TEMPLATES.evidenceTypes(), SubmissionScreen.Attempt.NONE, "saved");
        Document page = Rendered.page("supplier/submission", screen);
        assertTrue(page.select("main form").isEmpty());
        assertEquals("Your answers have been saved.", page.selectFirst(".nhsuk-notification-banner__heading").text());
    }

    @Test
    void aRefusedUploadKeepsWhatWasTypedAndOpensTheReplacementItWasFor() {
        SubmissionView draft = Samples.submission(SubmissionStatus.DRAFT, EnumSet.of(SubmissionAction.EDIT));
        var document = Samples.evidence();
        Problem refused = Problem.invalid(Map.of("issuedOn", "Enter a real date"));
        SubmissionScreen screen = new SubmissionScreen(Shell.of("Submission", Samples.supplier()), draft, Samples.dtac(), "BreatheWell",
                List.of(document), Samples.TEMPLATES.evidenceTypes(),
                new SubmissionScreen.Attempt("replace", refused, Map.of(), Map.of("type", "PEN_TEST", "issuedOn", "soon"), document.id()), null);
        Document page = Rendered.page("supplier/submission", screen);
        String prefix = "replace-" + document.id() + "-";
        assertEquals("#" + prefix + "issuedOn", page.selectFirst(".nhsuk-error-summary a").attr("href"));
        assertEquals("soon", page.getElementById(prefix + "issuedOn").val());
        assertTrue(page.getElementById(prefix + "issuedOn").parent().hasClass("nhsuk-form-group--error"));
        assertEquals("PEN_TEST", page.getElementById(prefix + "type").select("option[selected]").val());
        assertTrue(page.selectFirst("details:has(form)").hasAttr("open"));
        assertTrue(buttons(page).stream().noneMatch(b -> b.equals("Submit for assessment")));
    }

    @Test
    void theReviewOffersDecisionsReturnAndIssueOnlyWhenAllowed() {
        SubmissionView submitted = Samples.submission(SubmissionStatus.SUBMITTED,
                EnumSet.of(SubmissionAction.DECIDE, SubmissionAction.RETURN, SubmissionAction.ISSUE_PASSPORT));
        ReviewScreen screen = new ReviewScreen(Shell.of("Review", Samples.assessor()), submitted, Samples.dtac(), "BreatheWell",
                List.of(Samples.evidence()), Samples.TEMPLATES.evidenceTypes(), "cyber",
                List.of(new EvidenceMatch(UUID.randomUUID(), "CYBER_ESSENTIALS", "ce.pdf", "certificate <number>")),
                ReviewScreen.Attempt.NONE, null);
        Document page = Rendered.page("assessor/review", screen);
        assertFalse(page.select("form[action$=/decisions]").isEmpty());
        assertNotNull(page.selectFirst("form[action$=/passport]"));
        assertNotNull(page.selectFirst("form[action$=/return]"));
        assertEquals("1 match for ‘cyber’", page.getElementById("evidence-search").text());
        assertTrue(page.text().contains("…certificate <number>…"));
        assertEquals("Active content in ce.pdf", page.selectFirst(".nhsuk-card--warning h2").text().replace("Important: ", ""));

        SubmissionView decided = Samples.submission(SubmissionStatus.PASSPORT_ISSUED, EnumSet.noneOf(SubmissionAction.class));
        Document done = Rendered.page("assessor/review", new ReviewScreen(Shell.of("Review", Samples.assessor()), decided,
                Samples.dtac(), "BreatheWell", List.of(), Samples.TEMPLATES.evidenceTypes(), "", List.of(), ReviewScreen.Attempt.NONE, null));
        assertEquals(List.of("/assessor/submissions/" + decided.id() + "#evidence-search"), done.select("main form").eachAttr("action"));
    }

    @Test
    void aRefusedDecisionNamesItsCriterionAndKeepsWhatWasChosen() {
        SubmissionView submitted = Samples.submission(SubmissionStatus.SUBMITTED, EnumSet.of(SubmissionAction.DECIDE));
        Problem refused = Problem.invalid("comment", "Say what is wrong");
        ReviewScreen screen = new ReviewScreen(Shell.of("Review", Samples.assessor(), refused), submitted, Samples.dtac(), "BreatheWell",
                List.of(), Samples.TEMPLATES.evidenceTypes(), "", List.of(),
                new ReviewScreen.Attempt("decision", refused, "C1.1", "NOT_MET", "typed"), null);
        Document page = Rendered.page("assessor/review", screen);
        assertEquals("#comment-C1-1", page.selectFirst(".nhsuk-error-summary a").attr("href"));
        assertEquals("C1.1: Say what is wrong", page.selectFirst(".nhsuk-error-summary a").text());
        assertEquals("typed", page.getElementById("comment-C1-1").text());
        assertEquals("NOT_MET", page.select("input[name=decision][checked]").first().val());
    }

    @Test
    void theSupplierDashboardListsEverythingAndOffersRenewOnlyWhereAllowed() {
        SupplierProfile profile = new SupplierProfile(Samples.SUPPLIER_ID, "Brightwell <Ltd>", "01234567", "1 High St\nReading",
                "ZA123456", "8HA03", "Pat", "pat@example.org", null, 1);
        PassportView renewable = Samples.passport(PassportStatus.EXPIRED, EnumSet.of(PassportAction.RENEW));
        PassportView revoked = Samples.passport(PassportStatus.REVOKED, EnumSet.noneOf(PassportAction.class));
        var screen = new SupplierDashboardPage.DashboardScreen(Shell.of("Your organisation", Samples.supplier()), profile,
                List.of(new ChecklistItem("a", "Register", true), new ChecklistItem("b", "Describe a product", false)),
                List.of(Samples.product()), List.of(new SubmissionSummary(UUID.randomUUID(), UUID.randomUUID(), "BreatheWell", "2.1",
                Samples.SUPPLIER_ID, "Brightwell", "dtac", "2", SubmissionStatus.RETURNED, Samples.NOW, Samples.NOW)),
                List.of(renewable, revoked), List.of(new Invitation(UUID.randomUUID(), Samples.SUPPLIER_ID, "kim@example.org",
                Samples.NOW, null, null)), List.of(), ErrorSummary.single("email", "Enter an email address"), "Enter an email address", "kim@");
        Document page = Rendered.page("supplier/dashboard", screen);
        assertEquals("Brightwell <Ltd>", page.selectFirst("h1").text());
        assertEquals(1, page.select("form[action$=/renewal]").size());
        assertEquals("Completed", page.getElementById("checklist-1-status").text());
        assertEquals("Not started", page.getElementById("checklist-2-status").text());
        assertEquals("kim@", page.getElementById("email").val());
        assertEquals(2, page.select(".nhsuk-summary-list__value br").size(), "a line break in the address and one after the contact's name");
        assertTrue(page.text().contains("Returned for clarification"));
        assertTrue(page.text().contains("You have no notifications."));
    }

    @Test
    void theEvidenceLibraryShowsExpirySignOffAndWhatReliesOnEachDocument() {
        var entry = new org.innovatorpassport.assurance.api.LibraryEntry("Cyber Essentials <Plus> certificate", Samples.evidence(),
                List.of("BreatheWell 2.1", "Ward Board 1.0"), List.of("K7QF-2M9A (BreatheWell 2.1, issued)"));
        var refused = Problem.invalid(Map.of("type", "Choose one of the evidence types"));
        var screen = new org.innovatorpassport.web.page.supplier.EvidenceLibraryPage.LibraryScreen(
                Shell.of("Evidence library", Samples.supplier()), List.of(entry),
                List.of(new Choice("", "Select a type"), new Choice("CYBER_ESSENTIALS", "Cyber Essentials")),
                new SubmissionScreen.UploadFields("library-", Map.of("reference", "CE-9"), refused.fieldErrors(), true),
                ErrorSummary.of(refused, List.of("type"), field -> "library-" + field), false);
        Document page = Rendered.page("supplier/library", screen);
        assertEquals("Evidence library", page.selectFirst("h1").text());
        assertTrue(page.text().contains("Cyber Essentials <Plus> certificate"), "the type title is escaped, not markup");
        assertTrue(page.text().contains("signed off on 2026-04-10 by Ada Assessor for DTAC 2 of Obs Planner 1.0"));
        assertTrue(page.text().contains("Ward Board 1.0") && page.text().contains("K7QF-2M9A"));
        assertEquals("CE-9", page.getElementById("library-reference").val());
        assertEquals(1, page.select("form[action=/supplier/evidence-library]").size());
    }

    @Test
    void productFormsKeepWhatWasTypedAndShowEachError() {
        Problem refused = Problem.invalid(Map.of("name", "Enter the product name", "niceTier", "Select the NICE tier"));
        var describe = new ProductPages.DescribeScreen(Shell.of("Describe a product", Samples.supplier(), refused), null,
                new org.innovatorpassport.web.page.supplier.ProductFormFixture().form(refused), ErrorSummary.of(refused,
                List.of("name", "niceTier"), f -> f));
        Document page = Rendered.page("supplier/describe", describe);
        assertEquals(List.of("#name", "#niceTier"), page.select(".nhsuk-error-summary a").eachAttr("href"));
        assertTrue(page.getElementById("niceTier").closest(".nhsuk-form-group").hasClass("nhsuk-form-group--error"));
        assertEquals("IOS", page.select("input[name=platforms][checked]").val());
        var product = Samples.product();
        var show = new ProductPages.ProductScreen(Shell.of("BreatheWell 2.1", Samples.supplier()), product, Optional.empty(), List.of(),
                List.of(product), new org.innovatorpassport.web.page.supplier.ProductFormFixture().form(null),
                new org.innovatorpassport.web.page.supplier.ProductFormFixture().listing(product.listing()), ErrorSummary.NONE, null);
        Document productPage = Rendered.page("supplier/product", show);
        assertEquals("Ask your GP practice.", productPage.getElementById("howToGetIt").text());
        assertEquals("4", productPage.selectFirst("form[action=/supplier/products/" + product.id() + "] input[name=revision]").val());
        assertTrue(productPage.text().contains("2.1 (this version)"));
    }

    @Test
    void theTrustPageCountsAssessmentsAvoidedAndListsReliances() {
        PassportView issued = Samples.passport(PassportStatus.ISSUED, EnumSet.of(PassportAction.RELY));
        var screen = new TrustPages.TrustScreen(Shell.of("Assured products", Samples.trust()), "Royal Berkshire", List.of(issued),
                Set.of(issued.id()), List.of(new RelianceView(UUID.randomUUID(), issued.id(), UUID.randomUUID(), "Royal Berkshire",
                "trust@example.org", Samples.NOW)), Map.of(issued.id(), issued), 1,
                List.of(new NotificationView(UUID.randomUUID(), issued.id(), "suspended", "Passport suspended", Samples.NOW)));
        Document page = Rendered.page("trust/trust", screen);
        assertEquals("1", page.getElementById("assessments-avoided").text());
        assertTrue(page.text().contains("1 assessment so far"));
        assertEquals("Yes", page.select("table").first().select("td").last().select("span").last().text());
        assertEquals("View the passport", page.select("table").last().selectFirst("a").text());
    }

    @Test
    void theAssessorQueueAndTheHealthStoreList() {
        PassportView issued = Samples.passport(PassportStatus.ISSUED, EnumSet.noneOf(PassportAction.class));
        Document queue = Rendered.page("assessor/queue", new AssessorPages.QueueScreen(Shell.of("Submissions to review",
                Samples.assessor()), List.of(), List.of(issued)));
        assertTrue(queue.text().contains("No submission is waiting for review."));
        assertEquals("Expires", queue.select("th").last().text());
        var product = Samples.product();
        var listed = new org.innovatorpassport.catalogue.api.StoreListing(product, new org.innovatorpassport.catalogue.api.PassportStanding(
                product.id(), "IP-AB12-CD34", "ISSUED", java.time.LocalDate.of(2027, 4, 5), "Brightwell Digital Health Ltd"));
        var hit = new org.innovatorpassport.search.api.StoreHit(product.id(), product.details().name(), product.details().version(),
                "Brightwell Digital Health Ltd", List.copyOf(product.details().conditions()), List.of("IOS"), product.listing(),
                "IP-AB12-CD34", "ISSUED", java.time.LocalDate.of(2027, 4, 5));
        Document store = Rendered.page("store/healthStore", new HealthStorePage.StoreScreen(Shell.of("Health Store", Optional.empty()),
                "inhalers", "", new org.innovatorpassport.search.api.StoreResults("inhalers", "", List.of(), 1, List.of(hit),
                Map.of("Asthma", 1L), Map.of("IOS", 1L), 1, 1), HealthStorePage.Paging.NONE, false, ErrorSummary.NONE));
        assertEquals("iOS (1)", store.select("label[for=platform-0]").text());
        assertEquals("1 product matching “inhalers”", store.getElementById("results").text());
        assertEquals("/verify/IP-AB12-CD34", store.select(".nhsuk-card a").last().attr("href"));
        assertEquals("/health-store?condition=Asthma&q=inhalers", store.select("nav[aria-labelledby=conditions-heading] a").last().attr("href"));
        assertTrue(store.text().contains("Adults with asthma."));
        assertTrue(store.select(".nhsuk-pagination").isEmpty(), "one page needs no paging");
        var second = new org.innovatorpassport.search.api.StoreResults("inhalers", "Asthma", List.of("IOS", "WEB"), 57,
                java.util.Collections.nCopies(20, hit), Map.of("Asthma", 57L), Map.of("IOS", 57L), 2, 3);
        Document paged = Rendered.page("store/healthStore", new HealthStorePage.StoreScreen(Shell.of("Health Store", Optional.empty()),
                "inhalers", "Asthma", second, HealthStorePage.Paging.of(second), false, ErrorSummary.NONE));
        assertEquals("Showing 21 to 40 of 57", paged.getElementById("showing").text());
        assertEquals("/health-store?q=inhalers&condition=Asthma&platform=IOS&platform=WEB&page=1",
                paged.selectFirst(".nhsuk-pagination__link--prev").attr("href"));
        assertEquals("Previous : Page 1 of 3", paged.selectFirst(".nhsuk-pagination__link--prev").text());
        assertEquals("/health-store?q=inhalers&condition=Asthma&platform=IOS&platform=WEB&page=3",
                paged.selectFirst(".nhsuk-pagination__link--next").attr("href"));
        var beyond = new org.innovatorpassport.search.api.StoreResults("", "", List.of(), 57, List.of(), Map.of(), Map.of(), 9, 3);
        Document past = Rendered.page("store/healthStore", new HealthStorePage.StoreScreen(Shell.of("Health Store", Optional.empty()),
                "", "", beyond, HealthStorePage.Paging.of(beyond), false, ErrorSummary.NONE));
        assertEquals("57 products", past.getElementById("results").text());
        assertEquals("There are only 3 pages of products.", past.getElementById("showing").text());
        assertEquals("/health-store?page=3", past.selectFirst(".nhsuk-pagination__link--prev").attr("href"));
        assertTrue(past.select(".nhsuk-pagination__link--next").isEmpty());
        Document refused = Rendered.page("store/healthStore", new HealthStorePage.StoreScreen(Shell.of("Health Store", Optional.empty()),
                "", "", null, HealthStorePage.Paging.NONE, false, ErrorSummary.single(null, "The page must be a whole number from 1 to 500")));
        assertEquals("The page must be a whole number from 1 to 500", refused.selectFirst(".nhsuk-error-summary__list").text());
        assertTrue(refused.select(".nhsuk-card").isEmpty());
        Document one = Rendered.page("store/listing", new HealthStorePage.ListingScreen(Shell.of("BreatheWell", Optional.empty()), listed));
        assertTrue(one.text().contains("Where the data is stored In the UK."), one.text());
        assertEquals("/verify/IP-AB12-CD34", one.select("main a").last().attr("href"));
        Document unavailable = Rendered.page("store/healthStore", new HealthStorePage.StoreScreen(Shell.of("Health Store search is unavailable",
                Optional.empty()), "asthma", "", null, HealthStorePage.Paging.NONE, true, ErrorSummary.NONE));
        assertTrue(unavailable.getElementById("search-unavailable").text().contains("keep working"));
        assertEquals("asthma", unavailable.getElementById("q").val());
    }

    @Test
    void verificationShowsTheVerdictOrWhyThereIsNone() {
        Verification valid = new Verification("IP-AB12-CD34", true, "Issued and in date.", "ISSUED", "BreatheWell", "2.1",
                "Brightwell", java.time.LocalDate.of(2026, 4, 6), java.time.LocalDate.of(2027, 4, 5), List.of("DPIA"),
                new org.innovatorpassport.assurance.api.PassportSignature("eyJ.x.y", true, "kid-1", "http://localhost", null));
        Document page = Rendered.page("passport/verdict", new VerificationPage.VerdictScreen(Shell.of("Valid", Optional.empty()),
                "IP-AB12-CD34", valid, null));
        assertEquals("Valid", page.getElementById("verdict").text());
        assertEquals("5 April 2027", page.select(".nhsuk-summary-list__row").get(5).selectFirst("dd").text());
        assertEquals("Signature valid, signed by http://localhost with key kid-1", page.select(".nhsuk-summary-list__row").get(7)
                .selectFirst("dd").text());
        Document none = Rendered.page("passport/verdict", new VerificationPage.VerdictScreen(Shell.of("Not valid", Optional.empty()),
                "<nope>", null, "No passport has this code."));
        assertEquals("Not valid", none.getElementById("verdict").text());
        assertTrue(none.text().contains("Passport <nope>"));
        Problem refused = Problem.invalid("code", "Enter the verification code");
        Document form = Rendered.page("passport/verify", new VerificationPage.CodeScreen(Shell.of("Verify a passport", Optional.empty(),
                refused), "", ErrorSummary.of(refused, List.of("code"), f -> "code"), refused.fieldErrors()));
        assertEquals("Error: Verify a passport – Innovator Passport", form.title());
        assertEquals("code-hint code-error", form.getElementById("code").attr("aria-describedby"));
    }

    @Test
    void signInRegistrationAndInvitationForms() {
        Document login = Rendered.page("account/login", new LoginPage.LoginScreen(Shell.of("Sign in", Optional.empty()), "/trust",
                "a@b.c", ErrorSummary.single("email", "The email address or password is not right")));
        assertEquals("/trust", login.selectFirst("input[name=next]").val());
        assertEquals("a@b.c", login.getElementById("email").val());
        assertEquals("email", login.getElementById("email").attr("type"));
        assertTrue(login.getElementById("password").val().isEmpty());

        Problem refused = Problem.invalid(Map.of("password", "Create a password"));
        var typed = new FormInput(new jakarta.ws.rs.core.MultivaluedHashMap<>(Map.of("legalName", "Acme", "password", "secret")));
        Document register = Rendered.page("account/register", new SupplierRegistrationPage.RegistrationScreen(
                Shell.of("Register", Optional.empty(), refused), typed, ErrorSummary.of(refused, List.of("password"), f -> f),
                refused.fieldErrors()));
        assertEquals("Acme", register.getElementById("legalName").val());
        assertFalse(register.getElementById("password").hasAttr("value"));
        assertEquals("#password", register.selectFirst(".nhsuk-error-summary a").attr("href"));

        Invitation invitation = new Invitation(UUID.randomUUID(), Samples.SUPPLIER_ID, "kim@example.org",
                Instant.parse("2026-12-11T10:00:00Z"), null, "token");
        Document join = Rendered.page("account/invitation", new InvitationPages.JoinScreen(Shell.of("Join", Optional.empty()),
                invitation, "Brightwell", "token", "Kim", ErrorSummary.NONE, Map.of()));
        assertEquals("/invitations/token", join.selectFirst("main form").attr("action"));
        Document created = Rendered.page("account/invitationCreated", new InvitationPages.CreatedScreen(Shell.of("Invitation created",
                Samples.supplier()), invitation, "http://x/invitations/token"));
        assertEquals("http://x/invitations/token", created.selectFirst("#invitation-link a").attr("href"));
        assertTrue(created.text().contains("until 11 December 2026, 10:00"));
    }

    @Test
    void theErrorPageSaysWhatWentWrong() {
        Document page = Rendered.page("error", Problem.notFound("Passport x"));
        assertEquals("Not found", page.selectFirst("h1").text());
        assertEquals("Passport x was not found.", page.selectFirst("main p").text());
    }

    @Test
    void paginationLinksOnlyWhereThereIsAnotherPage() {
        Document both = Rendered.component("components/pagination", Map.of("previousHref", "/p?page=1", "previousLabel", "1 of 3",
                "nextHref", "/p?page=3", "nextLabel", "3 of 3"));
        assertEquals(List.of("/p?page=1", "/p?page=3"), both.select("a").eachAttr("href"));
        java.util.Map<String, Object> none = new java.util.HashMap<>();
        none.put("previousHref", null);
        none.put("previousLabel", null);
        none.put("nextHref", null);
        none.put("nextLabel", null);
        assertTrue(Rendered.component("components/pagination", none).select("nav").isEmpty());
    }

    @Test
    void answerInputsFollowTheAnswerType() {
        var template = Samples.dtac();
        var yesNo = template.criteria().stream().filter(c -> c.type() == org.innovatorpassport.templates.api.AnswerType.YES_NO)
                .findFirst().orElseThrow();
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("criterion", yesNo);
        model.put("answer", new Answer(yesNo.code(), "yes", false, null));
        model.put("error", null);
        Document page = Rendered.component("supplier/answerInput", model);
        assertEquals(2, page.select("input[type=radio]").size());
        assertEquals("yes", page.select("input[checked]").val());
    }
}
