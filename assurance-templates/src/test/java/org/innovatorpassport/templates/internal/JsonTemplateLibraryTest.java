package org.innovatorpassport.templates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.innovatorpassport.templates.api.Template;
import org.junit.jupiter.api.Test;

class JsonTemplateLibraryTest {

    private final JsonTemplateLibrary library = JsonTemplateLibrary.loadBuiltIn();

    @Test
    void loadsEveryTemplateListedInTheIndexOrderedByIdAndDate() {
        assertEquals(7, library.all().size());
        assertEquals("accessibility-statement", library.all().get(0).id());
        assertEquals(12, library.evidenceTypes().size());
    }

    @Test
    void findsATemplateByIdAndVersion() {
        assertEquals("dtac", library.find("dtac", "2").map(Template::id).orElseThrow());
        assertEquals(Optional.empty(), library.find("dtac", "1"), "DTAC version 1 is not loaded");
        assertEquals(Optional.empty(), library.find("nice-esf", "1"));
    }

    @Test
    void dtacVersionTwoIsInForceFromTheSixthOfApril2026() {
        assertEquals("2", library.current("dtac", LocalDate.of(2026, 4, 6)).version());
        assertEquals("2", library.current("dtac", LocalDate.of(2030, 1, 1)).version());
    }

    @Test
    void noTemplateIsCurrentBeforeItsFirstVersionTakesEffect() {
        var thrown = assertThrows(NoSuchElementException.class,
                () -> library.current("dtac", LocalDate.of(2026, 4, 5)));

        assertTrue(thrown.getMessage().contains("2 from 2026-04-06"), thrown.getMessage());
        assertThrows(NoSuchElementException.class, () -> library.current("no-such-template", LocalDate.now()));
    }

    @Test
    void theDsptDeclarationOfTheCurrentCycleIsInForceFromTheStartOfTheCycle() {
        assertEquals("2025-26", library.current("dspt", LocalDate.of(2025, 7, 1)).version());
    }

    @Test
    void findsEvidenceTypesByCode() {
        assertEquals("Cyber Essentials or Cyber Essentials Plus certificate",
                library.evidenceType("CYBER_ESSENTIALS").orElseThrow().title());
        assertEquals(Optional.empty(), library.evidenceType("ISO_27001"));
    }

    @Test
    void aLibraryCreatedByTheContainerIsEmptyUntilLoaded() {
        var library = new JsonTemplateLibrary();
        assertEquals(0, library.all().size());

        library.load();
        assertEquals(7, library.all().size());
    }
}
