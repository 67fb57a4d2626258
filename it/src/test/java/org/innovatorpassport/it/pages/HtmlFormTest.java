package org.innovatorpassport.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A form is read as a browser without JavaScript reads it, and filled and sent as a person would. */
class HtmlFormTest {
    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>Product</title></head><body>
            <form method="post" action="/logout"><button type="submit">Sign out</button></form>
            <main id="maincontent">
            <form method="post" action="/supplier/products" enctype="multipart/form-data" novalidate>
              <input type="hidden" name="csrf" value="t&amp;1">
              <label class="nhsuk-label" for="name">Product name</label>
              <input class="nhsuk-input" id="name" name="name" type="text" value="Ward &quot;Rounds&quot;">
              <label for="careSettings">Care settings</label>
              <textarea id="careSettings" name="careSettings" rows="3">
            Acute hospital
            Community &lt;hospital&gt;</textarea>
              <fieldset class="nhsuk-fieldset"><legend>Platforms</legend>
                <input id="platforms-1" name="platforms" type="checkbox" value="WEB" checked><label for="platforms-1">Web</label>
                <input id="platforms-2" name="platforms" type="checkbox" value="IOS"><label for="platforms-2">iOS</label>
                <input id="platforms-3" name="platforms" type="checkbox" value="ANDROID" checked><label for="platforms-3">Android</label>
              </fieldset>
              <input id="tier-a" name="niceTier" type="radio" value="A"><label for="tier-a">Tier A</label>
              <input id="tier-b" name="niceTier" type="radio" value="B" checked><label for="tier-b">Tier B</label>
              <label for="pricing">Pricing</label>
              <select id="pricing" name="pricingModel">
                <option value="">Choose</option>
                <option value="PER_SITE" selected>Per site</option>
                <option value="FREE">Free</option>
              </select>
              <input id="agree" name="agree" type="checkbox">
              <input name="file" type="file" accept="application/pdf">
              <input name="locked" value="no" disabled>
              <fieldset disabled><input name="alsoLocked" value="no"></fieldset>
              <input value="nameless">
              <input type="submit" name="go" value="Go">
              <button class="nhsuk-button" type="submit">Save <span class="nhsuk-u-visually-hidden">the product</span></button>
            </form>
            <form action="/health-store"><input name="q"><button>Search</button></form>
            </main></body></html>
            """;

    private final Page page = new Page("GET", URI.create("http://localhost/supplier/products/new"), 200, "text/html", PAGE);

    @Test
    void readsEveryFormOfThePageWithItsActionMethodAndEncoding() {
        List<HtmlForm> forms = page.forms();
        assertEquals(List.of("/logout", "/supplier/products", "/health-store"), forms.stream().map(HtmlForm::action).toList());
        HtmlForm product = page.formTo("/supplier/products");
        assertEquals("POST", product.method());
        assertTrue(product.multipart());
        assertEquals("Save the product", product.buttons());
        HtmlForm search = page.formTo("/health-store");
        assertEquals("GET", search.method(), "a form without a method is sent with GET");
        assertFalse(search.multipart());
    }

    @Test
    void sendsTheNamedEnabledControlsInPageOrderAndNoButton() {
        HtmlForm form = page.formTo("/supplier/products");
        assertEquals(List.of("csrf", "name", "careSettings", "platforms", "niceTier", "pricingModel", "agree", "file"), form.names());
        assertEquals(List.of(
                Map.entry("csrf", "t&1"),
                Map.entry("name", "Ward \"Rounds\""),
                Map.entry("careSettings", "Acute hospital\nCommunity <hospital>"),
                Map.entry("platforms", "WEB"),
                Map.entry("platforms", "ANDROID"),
                Map.entry("niceTier", "B"),
                Map.entry("pricingModel", "PER_SITE")), form.submission());
        assertEquals(List.of("WEB", "ANDROID"), form.values("platforms"));
        assertEquals(Optional.empty(), form.value("agree"), "an unticked box sends nothing");
        assertTrue(form.files().containsKey("file") && form.files().get("file") == null, "no file chosen yet");
    }

    @Test
    void knowsEachControlsKindAndChoicesWithTheirWords() {
        HtmlForm form = page.formTo("/supplier/products");
        assertEquals(HtmlForm.Kind.HIDDEN, form.kind("csrf"));
        assertEquals(HtmlForm.Kind.TEXTAREA, form.kind("careSettings"));
        assertEquals(HtmlForm.Kind.FILE, form.kind("file"));
        assertEquals(Map.of("WEB", "Web", "IOS", "iOS", "ANDROID", "Android"), form.choices("platforms"));
        assertEquals(List.of("", "PER_SITE", "FREE"), List.copyOf(form.choices("pricingModel").keySet()));
        assertEquals("Per site", form.choices("pricingModel").get("PER_SITE"));
        assertEquals(Map.of("on", "on"), form.choices("agree"), "a box without a value sends on");
    }

    @Test
    void fillingChangesWhatIsSentAsAPersonWould() {
        HtmlForm form = page.formTo("/supplier/products")
                .set("name", "Ward Rounds")
                .check("platforms", "IOS")
                .set("niceTier", "A")
                .set("pricingModel", "FREE")
                .attach("file", "dspt.pdf", "application/pdf", new byte[] {1});
        assertEquals(List.of("IOS"), form.values("platforms"), "checking a group ticks exactly those boxes");
        assertEquals(Optional.of("A"), form.value("niceTier"));
        assertEquals(Optional.of("FREE"), form.value("pricingModel"));
        assertEquals("dspt.pdf", form.files().get("file").fileName());
        assertThrows(AssertionError.class, () -> form.set("pricingModel", "MONTHLY"), "a select offers only its options");
        assertThrows(AssertionError.class, () -> form.check("platforms", "BLACKBERRY"));
        assertThrows(AssertionError.class, () -> form.set("locked", "yes"), "a disabled control is not part of the form");
        assertThrows(AssertionError.class, () -> form.set("alsoLocked", "yes"), "nor is one in a disabled fieldset");
        assertThrows(AssertionError.class, () -> form.set("go", "yes"), "a submit input is a button, not a field");
    }
}
