package org.innovatorpassport.web.api;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.innovatorpassport.assurance.api.EvidenceUpload;
import org.innovatorpassport.platform.api.Problem;

/** The multipart form of an evidence upload: the file and what the supplier says about it. */
record EvidenceForm(EvidenceUpload details, String fileName, InputStream content) {

    static EvidenceForm read(List<EntityPart> parts) {
        Map<String, EntityPart> byName = new HashMap<>();
        for (EntityPart part : parts) {
            byName.putIfAbsent(part.getName(), part);
        }
        Map<String, String> errors = new TreeMap<>();
        EntityPart file = byName.get("file");
        if (file == null) {
            errors.put("file", "Choose a PDF file to upload");
        }
        String type = text(byName, "type");
        if (type.isEmpty()) {
            errors.put("type", "Choose the type of evidence");
        }
        LocalDate issuedOn = date(byName, "issuedOn", errors);
        if (issuedOn == null && !errors.containsKey("issuedOn")) {
            errors.put("issuedOn", "Enter the date the document was issued");
        }
        LocalDate statedExpiry = date(byName, "expiresOn", errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
        String fileName = file.getFileName().orElse("evidence.pdf");
        return new EvidenceForm(new EvidenceUpload(type, text(byName, "reference"), text(byName, "issuer"), issuedOn, statedExpiry),
                fileName, file.getContent());
    }

    private static String text(Map<String, EntityPart> parts, String name) {
        EntityPart part = parts.get(name);
        if (part == null) {
            return "";
        }
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(2001);
            if (bytes.length > 2000) {
                throw Problem.invalid(name, "Keep this to 2000 characters or fewer");
            }
            return new String(bytes, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(Map<String, EntityPart> parts, String name, Map<String, String> errors) {
        String value = text(parts, name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(name, "Enter a real date in the form 2026-04-30");
            return null;
        }
    }
}
