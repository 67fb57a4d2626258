package org.innovatorpassport.templates.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken template file stops loading with a message that names the file and the place. */
class InvalidTemplateFileTest {

    private static final String EVIDENCE_TYPES = """
            [{"code": "OTHER", "title": "Other", "expiry": {"rule": "NONE"}}]
            """;

    @TempDir
    Path root;

    private JsonTemplateLibrary loadWith(String criterion) throws IOException {
        return loadFiles(EVIDENCE_TYPES, """
                {"id": "t", "version": "1", "title": "T", "effectiveFrom": "2026-04-06",
                 "passRule": {"sectionsToMeet": ["S"], "summary": "S met"},
                 "sections": [{"code": "S", "title": "S", "scored": false, "requiredForPass": true,
                   "reviewerRole": "LEAD_ASSESSOR", "criteria": [%s]}]}
                """.formatted(criterion));
    }

    private JsonTemplateLibrary loadFiles(String evidenceTypes, String template) throws IOException {
        Path folder = Files.createDirectories(root.resolve("templates"));
        Files.writeString(folder.resolve("index.json"),
                "{\"evidenceTypes\": \"evidence-types.json\", \"templates\": [\"t-1.json\"]}");
        Files.writeString(folder.resolve("evidence-types.json"), evidenceTypes);
        Files.writeString(folder.resolve("t-1.json"), template);
        try (URLClassLoader classLoader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            return JsonTemplateLibrary.loadFrom(classLoader);
        }
    }

    private static String message(ThrowingLoad load) {
        return assertThrows(InvalidTemplateFile.class, load::run).getMessage();
    }

    private interface ThrowingLoad {
        void run() throws Exception;
    }

    @Test
    void aWellFormedFileLoads() throws IOException {
        var library = loadWith("""
                {"code": "S.1", "question": "Q?", "type": "YES_NO", "required": true,
                 "notApplicableAllowed": false, "scored": false, "evidence": []}""");

        assertEquals(1, library.all().size());
    }

    @Test
    void aMisspeltFieldIsRefusedRatherThanIgnored() {
        String message = message(() -> loadWith("""
                {"code": "S.1", "question": "Q?", "type": "YES_NO", "required": true,
                 "notApplicableAllowed": false, "scored": false, "evidence": [],
                 "conditon": {"criterion": "S.0", "anyOf": ["yes"]}}"""));

        assertTrue(message.contains("templates/t-1.json") && message.contains("S.1") && message.contains("conditon"),
                message);
    }

    @Test
    void aFlagMustBeWrittenOut() {
        String message = message(() -> loadWith("""
                {"code": "S.1", "question": "Q?", "type": "YES_NO", "required": true,
                 "scored": false, "evidence": []}"""));

        assertTrue(message.contains("notApplicableAllowed"), message);
    }

    @Test
    void anUnknownAnswerTypeIsRefused() {
        String message = message(() -> loadWith("""
                {"code": "S.1", "question": "Q?", "type": "FILE", "required": true,
                 "notApplicableAllowed": false, "scored": false, "evidence": []}"""));

        assertTrue(message.contains("FILE") && message.contains("YES_NO"), message);
    }

    @Test
    void anUnknownExpiryRuleIsRefused() {
        String message = message(() -> loadFiles("""
                [{"code": "OTHER", "title": "Other", "expiry": {"rule": "YEARLY"}}]""", "{}"));

        assertTrue(message.contains("evidence-types.json") && message.contains("YEARLY"), message);
    }

    @Test
    void aFileThatIsNotJsonIsRefused() {
        String message = message(() -> loadFiles(EVIDENCE_TYPES, "{\"id\": "));

        assertTrue(message.contains("t-1.json"), message);
    }
}
