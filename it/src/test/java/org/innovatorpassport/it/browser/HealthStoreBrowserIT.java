package org.innovatorpassport.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.innovatorpassport.it.support.Browser;
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

/**
 * A patient browses and searches the public Health Store (from the demo catalogue) with no sign-in:
 * every page is checked by axe-core, and searching works as a plain form, without JavaScript.
 */
@ExtendWith(ArquillianExtension.class)
class HealthStoreBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        // The store is read from the search index, which the outbox fills after the demo is loaded at start.
        for (int second = 0; second < 60; second++) {
            var reply = org.innovatorpassport.it.support.Http.anonymous(base).get("/api/health-store?condition=Asthma");
            if (reply.status() == 200 && reply.json().getJsonNumber("total").longValue() > 0) {
                break;
            }
            Thread.sleep(1000);
        }
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aPatientSearchesBrowsesByConditionAndOpensAListing() {
        browser.get(base + "health-store");
        assertEquals("Health Store", browser.findElement(By.tagName("h1")).getText());
        Browser.assertAccessible(browser);

        browser.findElement(By.id("q")).sendKeys("Inhalers");
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("form[role=search] button[type=submit]")));
        assertTrue(browser.getCurrentUrl().contains("q=Inhalers"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("results")).getText().contains("matching"), browser.findElement(By.id("results")).getText());
        assertFalse(browser.findElements(By.cssSelector(".nhsuk-card h3 a")).isEmpty(), "a plural finds the inhaler products");
        Browser.assertAccessible(browser);

        browser.get(base + "health-store");
        Browser.clickAndWait(browser, browser.findElement(By.linkText("Asthma (" + countOf("Asthma") + ")")));
        assertTrue(browser.findElement(By.id("results")).getText().endsWith("for Asthma"));
        Browser.assertAccessible(browser);

        Browser.clickAndWait(browser, browser.findElement(By.cssSelector(".nhsuk-card h3 a")));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Where the data is stored"));
        assertFalse(browser.findElements(By.cssSelector("main a[href^='/verify/']")).isEmpty(), "a link to verify the passport");
        Browser.assertAccessible(browser);
    }

    @Test
    void searchAndBrowsingWorkWithoutJavaScript() throws Exception {
        WebDriver plain = Browser.startWithoutJavaScript();
        try {
            plain.get(base + "health-store");
            plain.findElement(By.id("q")).sendKeys("asthma");
            Browser.clickAndWait(plain, plain.findElement(By.cssSelector("form[role=search] button[type=submit]")));
            assertTrue(plain.findElement(By.id("results")).getText().contains("matching “asthma”"));
            Browser.clickAndWait(plain, plain.findElement(By.cssSelector(".nhsuk-card h3 a")));
            assertTrue(plain.findElement(By.tagName("main")).getText().contains("How to get it"));
        } finally {
            plain.quit();
        }
    }

    @Test
    void aPatientPagesThroughTheStoreWithoutJavaScript() throws Exception {
        // The demo catalogue lists a couple more than a page once the outbox has filled the index.
        for (int second = 0; second < 60; second++) {
            var reply = org.innovatorpassport.it.support.Http.anonymous(base).get("/api/health-store");
            if (reply.status() == 200 && reply.json().getJsonNumber("total").longValue() > 20) {
                break;
            }
            Thread.sleep(1000);
        }
        WebDriver plain = Browser.startWithoutJavaScript();
        try {
            plain.get(base + "health-store");
            Browser.clickAndWait(plain, plain.findElement(By.cssSelector(".nhsuk-pagination__link--next")));
            assertTrue(plain.getCurrentUrl().endsWith("page=2"), plain.getCurrentUrl());
            assertTrue(plain.findElement(By.id("showing")).getText().startsWith("Showing 21 to "), plain.findElement(By.id("showing")).getText());
            Browser.clickAndWait(plain, plain.findElement(By.cssSelector(".nhsuk-pagination__link--prev")));
            assertTrue(plain.findElement(By.id("showing")).getText().startsWith("Showing 1 to 20 of "));
        } finally {
            plain.quit();
        }
        browser.get(base + "health-store?page=2");
        assertFalse(browser.findElements(By.cssSelector(".nhsuk-card h3 a")).isEmpty(), "the rest of the store");
        Browser.assertAccessible(browser);
        browser.get(base + "health-store?page=abc");
        assertTrue(browser.findElement(By.cssSelector(".nhsuk-error-summary")).getText().contains("The page must be a whole number"));
        Browser.assertAccessible(browser);
    }

    private String countOf(String condition) {
        String text = browser.findElement(By.partialLinkText(condition + " (")).getText();
        return text.substring(text.lastIndexOf('(') + 1, text.lastIndexOf(')'));
    }
}
