package org.innovatorpassport.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's Chromium driven through Debian's chromedriver: no browser is downloaded. */
public final class Browser {

    private Browser() {
    }

    public static WebDriver start() throws Exception {
        return start(true);
    }

    /** A browser with JavaScript turned off, to show a page works without it. */
    public static WebDriver startWithoutJavaScript() throws Exception {
        return start(false);
    }

    private static WebDriver start(boolean javascript) throws Exception {
        String driver = Stack.env("SE_CHROMEDRIVER", "/usr/bin/chromedriver");
        System.setProperty("webdriver.chrome.driver", driver);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Stack.env("PASSPORT_CHROMIUM", "/usr/bin/chromium"));
        Path profile = Files.createTempDirectory("passport-chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1024", "--user-data-dir=" + profile);
        if (!javascript) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driver).toFile()).build();
        return new ChromeDriver(service, options);
    }

    /**
     * Clicks and waits until the page it was on has gone, so that what is read next belongs to the
     * next page. Chromium reports the old page's node as stale, or as no longer in the document.
     */
    public static void clickAndWait(WebDriver driver, org.openqa.selenium.WebElement element) {
        org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /** axe-core over the current page: no serious or critical WCAG 2.2 AA violation. */
    public static void assertAccessible(WebDriver driver) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertTrue(serious.isEmpty(), driver.getCurrentUrl() + " has accessibility violations:\n" + serious.stream()
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
    }
}
