package org.innovatorpassport.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.search.api.ListingHit;
import org.innovatorpassport.search.api.ListingResults;
import org.innovatorpassport.web.page.catalogue.CataloguePages.CatalogueScreen;
import org.innovatorpassport.web.page.catalogue.CataloguePages.Facet;
import org.innovatorpassport.web.page.catalogue.CataloguePages.FacetValue;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The catalogue search page: matches marked without trusting markup, unassured products never shown as assured. */
class CatalogueTemplateTest {
    private static final List<Choice> SORTS = List.of(new Choice("relevance", "Relevance"), new Choice("most-relied-on", "Most relied on"));

    private static ListingHit hit(String name, String status, boolean assured, ListingHit.Highlight... highlights) {
        return new ListingHit(UUID.randomUUID(), name, "1.0", "Brightwell <Digital>", "Helps with asthma", "B", status,
                assured ? UUID.randomUUID().toString() : null, assured ? "IP-AAAA-BBBB" : null, null, assured, 3, null,
                List.of("Asthma"), List.of("Community"), "PATIENTS", "CLASS_I", List.of(highlights), "Self-management of asthma.",
                List.of("IOS"), List.of("FHIR"), List.of("North East and Yorkshire"), 2);
    }

    @Test
    void resultsShowStatusHighlightsFacetsAndPaging() {
        ListingHit.Highlight marked = new ListingHit.Highlight("summary", List.of(new ListingHit.Part("Helps with ", false),
                new ListingHit.Part("asthma<script>", true)));
        ListingResults results = new ListingResults(2, List.of(hit("BreatheWell", "ISSUED", true, marked), hit("Puffer", "NONE", false)),
                Map.of(), "cursor");
        Facet conditions = new Facet("conditions", "Condition", List.of(new FacetValue("facet-conditions-0", "Asthma", "Asthma", 2, true),
                new FacetValue("facet-conditions-1", "COPD", "COPD", 1, false)), true);
        Document page = Rendered.page("catalogue/search", new CatalogueScreen(Shell.of("Search the catalogue", Samples.trust()), "asthama",
                "relevance", SORTS, results, List.of(conditions), "/catalogue?q=asthama&after=cursor", null, false, ErrorSummary.NONE, false));
        assertEquals("asthama", page.selectFirst("#catalogue-q").val());
        assertEquals("2 products found", page.selectFirst("#result-count").text());
        assertEquals("asthma<script>", page.selectFirst(".highlight mark").text());
        assertTrue(page.select("script").stream().noneMatch(s -> s.data().contains("asthma")), "highlighted text is escaped");
        assertEquals(List.of("Assured: passport issued", "Not assured: no passport"), page.select(".listing .nhsuk-tag").eachText());
        assertTrue(page.selectFirst("#facet-conditions-0").hasAttr("checked"));
        assertTrue(!page.selectFirst("#facet-conditions-1").hasAttr("checked"));
        assertEquals("COPD (1)", page.selectFirst("label[for=facet-conditions-1]").text());
        assertEquals("/catalogue?q=asthama&after=cursor", page.selectFirst(".nhsuk-pagination__link--next").attr("href"));
        assertTrue(page.selectFirst(".listing:nth-child(2) h3 a").attr("href").startsWith("/catalogue/products/"), "every result has its page");
        assertEquals("/catalogue/compare", page.selectFirst("#compare").attr("formaction"));
        assertEquals(2, page.select("input[name=product]").size(), "each result can be ticked to compare");
        assertEquals("get", page.selectFirst("main form").attr("method"));
    }

    @Test
    void whenSearchIsDownThePageSaysSo() {
        Document page = Rendered.page("catalogue/search", new CatalogueScreen(Shell.of("Search is unavailable", Samples.trust()), "x",
                "relevance", SORTS, null, List.of(), null, null, true, ErrorSummary.NONE, false));
        assertNotNull(page.selectFirst("#search-unavailable"));
        assertTrue(page.select("#results").isEmpty());
    }

    @Test
    void aProductPageShowsItsPassportSummaryAndAComparisonPutsProductsSideBySide() {
        ListingHit assured = hit("BreatheWell", "ISSUED", true);
        Document page = Rendered.page("catalogue/product", new org.innovatorpassport.web.page.catalogue.CataloguePages.ProductScreen(
                Shell.of("BreatheWell 1.0", Samples.trust()), assured));
        assertEquals("/passports/" + assured.passportId(), page.selectFirst("main a[href^=/passports/]").attr("href"));
        assertTrue(page.text().contains("Regions North East and Yorkshire"), page.text());
        Document unassured = Rendered.page("catalogue/product", new org.innovatorpassport.web.page.catalogue.CataloguePages.ProductScreen(
                Shell.of("Puffer 1.0", Samples.trust()), hit("Puffer", "NONE", false)));
        assertTrue(unassured.text().contains("has not been assured"));
        assertTrue(unassured.select("main a[href^=/passports/]").isEmpty());

        Document compared = Rendered.page("catalogue/compare", new org.innovatorpassport.web.page.catalogue.CataloguePages.CompareScreen(
                Shell.of("Compare products", Samples.trust()), List.of(assured, hit("Puffer", "NONE", false)), ErrorSummary.NONE));
        assertEquals(3, compared.select("#comparison thead th, #comparison thead td").size());
        Document refused = Rendered.page("catalogue/compare", new org.innovatorpassport.web.page.catalogue.CataloguePages.CompareScreen(
                Shell.of("Compare products", Samples.trust()), List.of(), ErrorSummary.single(null, "Select up to 3 products to compare")));
        assertEquals("Select up to 3 products to compare", refused.selectFirst(".nhsuk-error-summary li").text());
    }
}
