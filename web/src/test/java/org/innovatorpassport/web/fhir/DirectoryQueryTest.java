package org.innovatorpassport.web.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innovatorpassport.assurance.api.DirectorySearch;
import org.innovatorpassport.assurance.api.DirectorySearch.NameMatch;
import org.junit.jupiter.api.Test;

class DirectoryQueryTest {

    private static Map<String, List<String>> query(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return map;
    }

    @Test
    void noParametersAsksForTheFirstPageOfEverything() {
        DirectorySearch search = DirectoryQuery.parse(query(), true).search();
        assertNull(search.name());
        assertNull(search.changedFrom());
        assertNull(search.changedBefore());
        assertEquals(0, search.offset());
        assertEquals(DirectoryQuery.DEFAULT_COUNT, search.count());
    }

    @Test
    void nameMatchesTheStartUnlessAModifierSaysOtherwise() {
        assertEquals(NameMatch.STARTS_WITH, DirectoryQuery.parse(query("name", "Sleep"), true).match());
        assertEquals(NameMatch.CONTAINS, DirectoryQuery.parse(query("name:contains", "eep"), true).match());
        DirectoryQuery exact = DirectoryQuery.parse(query("name:exact", " Sleep Well "), true);
        assertEquals(NameMatch.EXACT, exact.match());
        assertEquals("Sleep Well", exact.name());
    }

    @Test
    void lastUpdatedPrefixesBecomeAHalfOpenRange() {
        DirectorySearch search = DirectoryQuery.parse(query("_lastUpdated", "ge2026-03-01", "_lastUpdated", "lt2026-04-01"), true).search();
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), search.changedFrom());
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), search.changedBefore());
    }

    @Test
    void aDateStandsForItsWholeDay() {
        assertEquals(Instant.parse("2026-03-02T00:00:00Z"), DirectoryQuery.parse(query("_lastUpdated", "gt2026-03-01"), true)
                .search().changedFrom());
        assertEquals(Instant.parse("2026-03-02T00:00:00Z"), DirectoryQuery.parse(query("_lastUpdated", "le2026-03-01"), true)
                .search().changedBefore());
        DirectorySearch day = DirectoryQuery.parse(query("_lastUpdated", "2026-03-01"), true).search();
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), day.changedFrom());
        assertEquals(Instant.parse("2026-03-02T00:00:00Z"), day.changedBefore());
        DirectorySearch month = DirectoryQuery.parse(query("_lastUpdated", "eq2026-02"), true).search();
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), month.changedBefore());
    }

    @Test
    void aDateTimeKeepsItsZoneAndPrecision() {
        DirectorySearch search = DirectoryQuery.parse(query("_lastUpdated", "gt2026-03-01T10:00:00+01:00"), true).search();
        assertEquals(Instant.parse("2026-03-01T09:00:01Z"), search.changedFrom());
        assertEquals(Instant.parse("2026-03-01T09:00:00.123Z"),
                DirectoryQuery.parse(query("_lastUpdated", "ge2026-03-01T09:00:00.123Z"), true).search().changedFrom());
    }

    @Test
    void theNarrowerBoundWins() {
        DirectorySearch search = DirectoryQuery.parse(query("_lastUpdated", "ge2026-01-01", "_lastUpdated", "ge2026-02-01",
                "_lastUpdated", "le2026-06-30", "_lastUpdated", "lt2026-05-01"), true).search();
        assertEquals(Instant.parse("2026-02-01T00:00:00Z"), search.changedFrom());
        assertEquals(Instant.parse("2026-05-01T00:00:00Z"), search.changedBefore());
    }

    @Test
    void pagingIsBounded() {
        DirectorySearch search = DirectoryQuery.parse(query("_count", "5", "_offset", "10"), true).search();
        assertEquals(5, search.count());
        assertEquals(10, search.offset());
        assertEquals(0, DirectoryQuery.parse(query("_count", "0"), true).count());
        assertRefused(400, query("_count", "101"));
        assertRefused(400, query("_count", "-1"));
        assertRefused(400, query("_count", "ten"));
        assertRefused(400, query("_offset", "10001"));
    }

    @Test
    void badParametersAreRefusedNotIgnored() {
        assertRefused(400, query("colour", "red"));
        assertRefused(400, query("name:missing", "x"));
        assertRefused(400, query("name", ""));
        assertRefused(400, query("name", "a", "name", "b"));
        assertRefused(400, query("name", "x".repeat(201)));
        assertRefused(400, query("_lastUpdated", "2026-13-01"));
        assertRefused(400, query("_lastUpdated", "sa2026-01-01"));
        assertRefused(400, query("_lastUpdated", "ge2026-03-01T10:00:00"));
        assertRefused(400, query("_lastUpdated", "yesterday"));
        assertRefused(406, query("_format", "xml"));
        FhirRefusal refusal = assertThrows(FhirRefusal.class, () -> DirectoryQuery.parse(query("_lastUpdated", "ge2026"), false));
        assertEquals(400, refusal.status());
    }

    @Test
    void jsonFormatIsAccepted() {
        assertEquals(0, DirectoryQuery.parse(query("_format", "json", "_format", "application/fhir+json"), true).offset());
    }

    private static void assertRefused(int status, Map<String, List<String>> parameters) {
        FhirRefusal refusal = assertThrows(FhirRefusal.class, () -> DirectoryQuery.parse(parameters, true));
        assertEquals(status, refusal.status(), refusal.getMessage());
    }
}
