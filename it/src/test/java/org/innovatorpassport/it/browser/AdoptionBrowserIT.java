package org.innovatorpassport.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The adoption and board pages in a real browser, each checked by axe-core: the demo board member's
 * dashboard with its charts (SVG images the browser draws) and a programme; the demo Oxford trust's
 * adoptions, its BreatheWell pilot and its DCB0160 record.
 */
@ExtendWith(ArquillianExtension.class)
class AdoptionBrowserIT {

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
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theBoardDashboardAndItsChartsAreAccessible() {
        signIn(Demo.BOARD, "/boards");
        assertEquals("Board dashboard", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> charts = browser.findElements(By.cssSelector("figure img[src$='.svg']"));
        assertTrue(charts.size() >= 3, "the dashboard shows its charts");
        for (WebElement chart : charts) {
            Object width = ((JavascriptExecutor) browser).executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : 0;", chart);
            assertTrue(((Number) width).intValue() > 0, "the browser drew " + chart.getAttribute("src"));
            assertFalse(chart.getAttribute("alt").isBlank());
        }
        Browser.assertAccessible(browser);

        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("a[href^='/boards/programmes/']")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().length() > 0);
        Browser.assertAccessible(browser);
    }

    @Test
    void aTrustsAdoptionPagesAreAccessible() {
        signIn(Demo.TRUST_OXFORD, "/adoptions");
        assertEquals("Your trust's adoptions", browser.findElement(By.tagName("h1")).getText());
        Browser.assertAccessible(browser);

        Browser.clickAndWait(browser, browser.findElement(By.partialLinkText("BreatheWell")));
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("BreatheWell"));
        Browser.assertAccessible(browser);

        Browser.clickAndWait(browser, browser.findElement(By.linkText("DCB0160 record")));
        Browser.assertAccessible(browser);
    }

    private void signIn(String email, String next) {
        browser.get(base + "login?next=" + next);
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Http.PASSWORD);
        Browser.clickAndWait(browser, browser.findElement(By.xpath("//button[normalize-space()='Sign in']")));
    }
}
