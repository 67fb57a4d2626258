package org.innovatorpassport.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.platform.api.ApiScope;
import org.innovatorpassport.platform.api.ApiTokens.ApiTokenView;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.web.page.account.ApiTokenPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ApiTokenTemplatesTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void theListShowsEachTokensStateAndOffersRevokeOnlyWhileItWorks() {
        ApiTokenView active = new ApiTokenView(UUID.randomUUID(), "EPR <feed>", EnumSet.of(ApiScope.READ_CATALOGUE), "kim@example.org",
                NOW.minusSeconds(3600), NOW.plusSeconds(86400), null, NOW.minusSeconds(60));
        ApiTokenView revoked = new ApiTokenView(UUID.randomUUID(), "Old", EnumSet.of(ApiScope.READ_PASSPORTS), "kim@example.org",
                NOW.minusSeconds(7200), NOW.plusSeconds(86400), NOW.minusSeconds(100), null);
        Problem refused = Problem.invalid(Map.of("scopes", "Select at least one scope"));
        Document page = Rendered.page("account/apiTokens", new ApiTokenPages.TokensScreen(Shell.of("API tokens", Optional.empty(), refused),
                List.of(active, revoked), List.of(new Choice("read-catalogue", "Read the catalogue")), "Typed", Set.of("read-catalogue"),
                "2027-01-01", ErrorSummary.of(refused, List.of("scopes"), f -> f), refused.fieldErrors(), NOW));
        assertTrue(page.select("td").text().contains("EPR <feed>"), "escaped, shown as text");
        assertEquals(1, page.select("form[action$=/revocation]").size(), "only the working token can be revoked");
        assertTrue(page.select("td").text().contains("Revoked"));
        assertEquals("Typed", page.getElementById("name").val());
        assertTrue(page.getElementById("scopes").hasAttr("checked"));
        assertEquals("#scopes", page.selectFirst(".nhsuk-error-summary a").attr("href"));
    }

    @Test
    void theSecretIsShownOnceOnTheCreatedPage() {
        ApiTokenView token = new ApiTokenView(UUID.randomUUID(), "Feed", EnumSet.of(ApiScope.READ_CATALOGUE), "kim@example.org",
                NOW, NOW.plusSeconds(86400), null, null);
        Document page = Rendered.page("account/apiTokenCreated", new ApiTokenPages.CreatedScreen(Shell.of("API token created",
                Optional.empty()), token, "ipt_secret"));
        assertEquals("ipt_secret", page.getElementById("api-token").text());
    }
}
