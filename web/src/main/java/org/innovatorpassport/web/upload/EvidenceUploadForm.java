package org.innovatorpassport.web.upload;

import jakarta.validation.Validator;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innovatorpassport.assurance.api.EvidenceUpload;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Validity;

/**
 * An evidence upload as posted (multipart): the PDF and what the supplier says about it, read the same
 * way for a page and for the REST API. Reading keeps what was typed, so a refused page shows the form
 * filled in again (except the file, which a browser never lets a page pre-select). The field limits are
 * the assurance module's, on {@link EvidenceUpload}; this only adds what HTTP can get wrong: a missing
 * or empty file, or a date that is not a date.
 */
public record EvidenceUploadForm(Map<String, String> typed, String fileName, InputStream content, Problem refusal) {
    /** The fields in page order, which is also the order of the error summary. */
    public static final List<String> ORDER = List.of("file", "type", "reference", "issuer", "issuedOn", "expiresOn");
    /** Enough bytes for the longest text the module accepts, so a huge part is never read whole. */
    private static final String EMPTY = "The selected file is empty";
    private static final int MAX_TEXT_BYTES = EvidenceUpload.MAX_TEXT * 4 + 1;

    public static EvidenceUploadForm read(List<EntityPart> parts, Validator validator) {
        Map<String, EntityPart> byName = new HashMap<>();
        for (EntityPart part : parts) {
            byName.putIfAbsent(part.getName(), part);
        }
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : ORDER.subList(1, ORDER.size())) {
            typed.put(field, text(byName.get(field)));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate issuedOn = date(typed, "issuedOn", errors);
        LocalDate expiresOn = date(typed, "expiresOn", errors);
        EvidenceUpload details = new EvidenceUpload(typed.get("type"), blankToNull(typed.get("reference")),
                blankToNull(typed.get("issuer")), issuedOn, expiresOn);
        Problem invalid = Validity.problem(validator.validate(details));
        if (invalid != null) {
            invalid.fieldErrors().forEach(errors::putIfAbsent);
        }
        EntityPart file = byName.get("file");
        String fileName = file == null ? "" : file.getFileName().orElse("").trim();
        InputStream content = file == null ? null : nonEmpty(file);
        if (file == null || fileName.isEmpty() && content == null) {
            errors.put("file", "Select a PDF file to upload");
        } else if (content == null) {
            errors.put("file", EMPTY);
        }
        return new EvidenceUploadForm(typed, fileName.isEmpty() ? "evidence.pdf" : fileName, content, refusal(errors));
    }

    /** An empty file alone is refused as the module refuses one (its own problem type); anything else is a form to correct. */
    private static Problem refusal(Map<String, String> errors) {
        if (errors.isEmpty()) {
            return null;
        }
        if (errors.size() == 1 && EMPTY.equals(errors.get("file"))) {
            return new Problem(400, "evidence-empty", "The file is empty", EMPTY, errors);
        }
        return Problem.invalid(errors);
    }

    /** What the supplier says about the document; only call when there is no refusal. */
    public EvidenceUpload details() {
        return new EvidenceUpload(typed.get("type"), blankToNull(typed.get("reference")), blankToNull(typed.get("issuer")),
                LocalDate.parse(typed.get("issuedOn")), typed.get("expiresOn").isEmpty() ? null : LocalDate.parse(typed.get("expiresOn")));
    }

    /** The upload, or the refusal as a 4xx problem. */
    public EvidenceUploadForm orRefuse() {
        if (refusal != null) {
            throw refusal;
        }
        return this;
    }

    private static LocalDate date(Map<String, String> typed, String field, Map<String, String> errors) {
        String value = typed.get(field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter a real date as year-month-day, for example 2026-04-06");
            return null;
        }
    }

    /** A text part; one longer than any field allows is cut just past the limit, so the module still refuses it. */
    private static String text(EntityPart part) {
        if (part == null) {
            return "";
        }
        try (InputStream in = part.getContent()) {
            return new String(in.readNBytes(MAX_TEXT_BYTES), StandardCharsets.UTF_8).trim();
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
