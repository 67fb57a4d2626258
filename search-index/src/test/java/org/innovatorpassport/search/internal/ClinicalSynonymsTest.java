package org.innovatorpassport.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClinicalSynonymsTest {
    private final ClinicalSynonyms synonyms = ClinicalSynonyms.load();

    @Test
    void anAbbreviationIsAlsoSearchedSpelledOut() {
        List<String> alternatives = synonyms.alternatives("T2DM coaching");
        assertTrue(alternatives.contains("type 2 diabetes coaching"), alternatives.toString());
        assertTrue(alternatives.contains("diabetes coaching"), alternatives.toString());
    }

    @Test
    void theLongestSynonymWinsOverOneInsideIt() {
        List<String> alternatives = synonyms.alternatives("type 2 diabetes");
        assertTrue(alternatives.contains("t2dm"), alternatives.toString());
        assertTrue(alternatives.stream().noneMatch(a -> a.contains("type 2 type")), alternatives.toString());
    }

    @Test
    void spelledOutConditionsAreAlsoSearchedAbbreviated() {
        assertTrue(synonyms.alternatives("Chronic Obstructive Pulmonary Disease").contains("copd"));
        assertTrue(synonyms.alternatives("mental health").contains("mh"));
        assertTrue(synonyms.alternatives("MH support").contains("mental health support"));
    }

    @Test
    void onlyWholeWordsMatch() {
        assertEquals(List.of(), synonyms.alternatives("chemistry"), "mh inside a word is not mental health");
    }

    @Test
    void accentsAndCaseAreIgnored() {
        assertEquals("sjogren syndrome", ClinicalSynonyms.fold("  Sjögren   Syndrome "));
        assertTrue(synonyms.alternatives("Dementia").contains("alzheimer's"));
    }

    @Test
    void theNumberOfAlternativesIsCapped() {
        assertTrue(synonyms.alternatives("diabetes copd mental health asthma").size() <= ClinicalSynonyms.MAX_ALTERNATIVES);
    }
}
