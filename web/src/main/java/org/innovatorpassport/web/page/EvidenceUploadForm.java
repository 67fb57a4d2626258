package org.innovatorpassport.web.page;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innovatorpassport.assurance.api.EvidenceUpload;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.templates.api.EvidenceType;

/**
 * An evidence document as posted from a page (multipart): the PDF and what the supplier says about
 * it. Reading keeps what was typed, so a refused upload shows the form filled in again (except the
 * file, which a browser never lets a page pre-select).
 */
record EvidenceUploadForm(Map<String, String> typed, String fileName, InputStream content, Problem refusal) {
    static final List<String> ORDER = List.of("file", "type", "reference", "issuer", "issuedOn", "expiresOn");
    private static final int MAX_TEXT = 2000;

    static EvidenceUploadForm read(List<EntityPart> parts) {
        Map<String, EntityPart> byName = new HashMap<>();
        for (EntityPart part : parts) {
            byName.putIfAbsent(part.getName(), part);
        }
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : ORDER.subList(1, ORDER.size())) {
            typed.put(field, text(byName.get(field), field, errors));
        }
        if (typed.get("type").isEmpty()) {
            errors.put("type", "Select the type of evidence");
        }
        checkDate(typed, "issuedOn", errors);
        if (typed.get("issuedOn").isEmpty()) {
            errors.putIfAbsent("issuedOn", "Enter the date the document was issued");
        }
        checkDate(typed, "expiresOn", errors);
        EntityPart file = byName.get("file");
        String fileName = file == null ? "" : file.getFileName().orElse("").trim();
        InputStream content = fileName.isEmpty() ? null : nonEmpty(file);
        if (fileName.isEmpty()) {
            errors.put("file", "Select a PDF file to upload");
        } else if (content == null) {
            errors.put("file", "The selected file is empty");
        }
        return new EvidenceUploadForm(typed, fileName, content, errors.isEmpty() ? null : Problem.invalid(errors));
    }

    EvidenceUpload details() {
        return new EvidenceUpload(typed.get("type"), blankToNull(typed.get("reference")), blankToNull(typed.get("issuer")),
                LocalDate.parse(typed.get("issuedOn")), typed.get("expiresOn").isEmpty() ? null : LocalDate.parse(typed.get("expiresOn")));
    }

    /**
     * The upload form's fields. {@code prefix} keeps ids apart when a page holds several upload forms
     * (one per document to replace); the error summary links to {@code prefix + field}.
     */
    static String fields(String prefix, Map<String, EvidenceType> types, Map<String, String> typed, Problem problem) {
        Map<String, String> values = typed == null ? Map.of() : typed;
        Map<String, String> errors = Forms.errors(problem);
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("", "Select a type"));
        types.values().stream().sorted(Comparator.comparing(EvidenceType::title))
                .forEach(t -> choices.add(new Choice(t.code(), t.title())));
        return Forms.file(control(prefix, "file", "PDF document", errors).hint("A PDF that is not password protected"), "application/pdf")
                + Forms.select(control(prefix, "type", "Type of evidence", errors), choices, values.getOrDefault("type", ""))
                + Forms.input(control(prefix, "reference", "Reference (optional)", errors)
                        .hint("For example the certificate number or the DSPT year"), values.get("reference"), "spellcheck=\"false\"")
                + Forms.input(control(prefix, "issuer", "Issued by (optional)", errors)
                        .hint("For example the certification body or the testing company"), values.get("issuer"), null)
                + Forms.input(control(prefix, "issuedOn", "Date issued", errors).hint("For example 2026-04-06"),
                        values.get("issuedOn"), "spellcheck=\"false\"", "nhsuk-input--width-10")
                + Forms.input(control(prefix, "expiresOn", "Expiry date stated on the document (optional)", errors)
                        .hint("Only if the document states one, for example 2027-04-05"), values.get("expiresOn"),
                        "spellcheck=\"false\"", "nhsuk-input--width-10");
    }

    private static Control control(String prefix, String field, String label, Map<String, String> errors) {
        return Control.of(prefix + field, label).named(field).errorFrom(errors, field);
    }

    private static void checkDate(Map<String, String> typed, String field, Map<String, String> errors) {
        String value = typed.get(field);
        if (value.isEmpty()) {
            return;
        }
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a real date as year-month-day, for example 2026-04-06");
        }
    }

    private static String text(EntityPart part, String field, Map<String, String> errors) {
        if (part == null) {
            return "";
        }
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(MAX_TEXT + 1);
            if (bytes.length > MAX_TEXT) {
                errors.put(field, "Keep this to " + MAX_TEXT + " characters or fewer");
                return "";
            }
            return new String(bytes, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's content, or null when the browser sent an empty file. */
    private static InputStream nonEmpty(EntityPart file) {
        try {
            PushbackInputStream in = new PushbackInputStream(file.getContent(), 1);
            int first = in.read();
            if (first < 0) {
                return null;
            }
            in.unread(first);
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
