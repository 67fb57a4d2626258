package org.innovatorpassport.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.innovatorpassport.it.support.Browser;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The supplier, assessor and trust journey through the real pages in Chromium, with axe-core on every
 * page visited. Issuing a passport needs every DTAC question answered, which the REST journey test
 * covers; this one proves the pages a person walks through render, work without JavaScript and are
 * accessible.
 */
@ExtendWith(ArquillianExtension.class)
class PassportJourneyBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void supplierRegistersDescribesAProductAndStartsADtacSubmission() {
        String email = "browser-" + UUID.randomUUID() + "@example.org";
        String companiesHouse = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));

        open("register");
        assertEquals("Register your organisation", heading());
        Browser.assertAccessible(browser);
        fillRegistration(email, companiesHouse);
        type("password", "browser-journey-2026");
        submit("Register");
        assertTrue(browser.getTitle().startsWith("Error:"), "a refused form says so in the page title");
        WebElement summary = browser.findElement(By.cssSelector(".nhsuk-error-summary"));
        assertTrue(summary.getText().contains("Enter the legal name of your organisation"), summary.getText());
        assertEquals("#legalName", summary.findElement(By.tagName("a")).getAttribute("href").replaceAll("^.*#", "#"));
        assertEquals(email, browser.findElement(By.id("contactEmail")).getAttribute("value"), "what was typed is kept");
        Browser.assertAccessible(browser);

        type("legalName", "Browser Journey Health Ltd");
        type("password", "browser-journey-2026");
        submit("Register");
        assertEquals("Sign in", heading());
        Browser.assertAccessible(browser);
        signIn(email, "browser-journey-2026");

        assertEquals("Browser Journey Health Ltd", heading());
        Browser.assertAccessible(browser);

        clickAndWait(browser.findElement(By.linkText("Describe a product")));
        assertEquals("Describe a product", heading());
        Browser.assertAccessible(browser);
        describeProduct();
        submit("Save product");
        assertTrue(heading().contains("Journey Notes 1.0"), heading());
        assertTrue(browser.findElement(By.cssSelector(".nhsuk-notification-banner--success")).getText()
                .contains("Your product has been saved"));
        Browser.assertAccessible(browser);

        submit("Start a DTAC submission");
        assertTrue(heading().contains("DTAC submission for Journey Notes 1.0"), heading());
        assertTrue(browser.findElement(By.cssSelector(".nhsuk-tag")).getText().contains("Draft"));
        Browser.assertAccessible(browser);
        type("answer-A1", "Browser Journey Health Ltd");
        clickAndWait(browser.findElements(By.xpath("//button[normalize-space()='Save answers']")).get(0));
        assertTrue(browser.findElement(By.cssSelector(".nhsuk-notification-banner--success")).getText()
                .contains("Your answers have been saved"));
        assertEquals("Browser Journey Health Ltd", browser.findElement(By.id("answer-A1")).getAttribute("value"));

        open("supplier");
        String dashboard = browser.findElement(By.id("maincontent")).getText();
        assertTrue(dashboard.contains("Journey Notes 1.0"), "the submission is listed on the dashboard");
        assertTrue(dashboard.contains("Draft"));
        Browser.assertAccessible(browser);
    }

    @Test
    void assessorSeesTheQueueAndTrustSeesAssuredProductsAndVerification() {
        open("login?next=/assessor");
        signIn(Demo.ASSESSOR, Http.PASSWORD);
        assertEquals("Submissions to review", heading());
        Browser.assertAccessible(browser);

        browser.manage().deleteAllCookies();
        open("login?next=/trust");
        signIn(Demo.TRUST, Http.PASSWORD);
        assertEquals("Assured products", heading());
        assertTrue(browser.findElement(By.id("assessments-avoided")).isDisplayed());
        Browser.assertAccessible(browser);

        open("verify");
        assertEquals("Verify a passport", heading());
        Browser.assertAccessible(browser);
        submit("Check passport");
        assertTrue(browser.findElement(By.cssSelector(".nhsuk-error-summary")).getText().contains("Enter the verification code"));
        Browser.assertAccessible(browser);
        type("code", "NO-SUCH-CODE");
        submit("Check passport");
        assertEquals("Not valid", heading());
        Browser.assertAccessible(browser);
    }

    private void fillRegistration(String email, String companiesHouse) {
        type("companiesHouseNumber", companiesHouse);
        type("registeredAddress", "1 Journey Street\nLeeds\nLS1 1AA");
        type("icoNumber", "ZA" + companiesHouse.substring(2));
        type("dsptOdsCode", "8HA03");
        type("contactName", "Bea Browser");
        type("contactEmail", email);
    }

    private void describeProduct() {
        type("name", "Journey Notes");
        type("version", "1.0");
        type("summary", "Shared care notes for community nursing teams.");
        type("intendedPurpose", "Lets community nurses record and share visit notes with the patient's GP practice.");
        choose("intendedUsers");
        type("careSettings", "Community\nHome");
        type("conditions", "Wound care");
        choose("platforms");
        choose("deviceClass");
        choose("marking");
        choose("niceTier");
        choose("pricingModel");
    }

    private void open(String path) {
        browser.get(base + path);
    }

    private String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks the label, as a person would: NHS.UK styles the radio or checkbox itself out of sight. */
    private void choose(String id) {
        browser.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    private void submit(String button) {
        clickAndWait(browser.findElement(By.xpath("//button[normalize-space()='" + button + "']")));
    }

    /** Clicks and waits for the next page, so that what is read next belongs to it. */
    private void clickAndWait(WebElement element) {
        Browser.clickAndWait(browser, element);
    }

    private void signIn(String email, String password) {
        type("email", email);
        type("password", password);
        submit("Sign in");
    }
}
