package org.innovatorpassport.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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

/** The home and login pages in a real browser, styled by NHS.UK frontend and checked by axe-core. */
@ExtendWith(ArquillianExtension.class)
class HomeAndLoginBrowserIT {

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

    private void submitAndWait() {
        Browser.clickAndWait(browser, browser.findElement(By.cssSelector("button[type=submit]")));
    }

    @Test
    void homePageIsStyledAndAccessible() {
        browser.get(base + "");
        assertEquals("Innovator Passport", browser.findElement(By.tagName("h1")).getText());
        String headerColour = browser.findElement(By.cssSelector(".nhsuk-header")).getCssValue("background-color");
        assertEquals("rgba(0, 94, 184, 1)", headerColour, "NHS.UK frontend's stylesheet is applied");
        Browser.assertAccessible(browser);
    }

    @Test
    void loginPageIsAccessibleAndSignsAPersonIn() {
        browser.get(base + "login");
        Browser.assertAccessible(browser);
        browser.findElement(By.id("email")).sendKeys(Demo.ASSESSOR);
        browser.findElement(By.id("password")).sendKeys(Http.PASSWORD);
        submitAndWait();
        assertTrue(browser.findElement(By.cssSelector(".nhsuk-header__account")).getText().contains("Alex Assessor"));
    }

    @Test
    void wrongPasswordShowsAnAccessibleErrorSummary() {
        browser.get(base + "login");
        browser.findElement(By.id("email")).sendKeys(Demo.ASSESSOR);
        browser.findElement(By.id("password")).sendKeys("wrong password");
        submitAndWait();
        assertTrue(browser.findElement(By.cssSelector(".nhsuk-error-summary")).getText().contains("not right"));
        Browser.assertAccessible(browser);
    }
}
