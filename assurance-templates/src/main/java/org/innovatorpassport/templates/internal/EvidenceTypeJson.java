package org.innovatorpassport.templates.internal;

import jakarta.json.JsonArray;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.innovatorpassport.templates.api.EvidenceType;
import org.innovatorpassport.templates.api.ExpiryKind;
import org.innovatorpassport.templates.api.ExpiryRule;

/**
 * Reads the evidence type file: an array of {@code {"code", "title", "expiry": {"rule", "months"?,
 * "deadline"?}}}, where {@code rule} is an {@link ExpiryKind} and {@code deadline} a month-day such as
 * {@code "--06-30"}.
 */
final class EvidenceTypeJson {

    private EvidenceTypeJson() {
    }

    static Map<String, EvidenceType> read(TemplateResources resources, String fileName) {
        String where = TemplateResources.FOLDER + fileName;
        if (!(resources.read(fileName) instanceof JsonArray array)) {
            throw new InvalidTemplateFile(where + ": a JSON array of evidence types is expected");
        }
        Map<String, EvidenceType> types = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            EvidenceType type = evidenceType(JsonFields.of(array.get(i), where + "[" + i + "]"));
            if (types.putIfAbsent(type.code(), type) != null) {
                throw new InvalidTemplateFile(where + ": evidence type " + type.code() + " is listed twice");
            }
        }
        return types;
    }

    private static EvidenceType evidenceType(JsonFields fields) {
        fields.allowing("code", "title", "expiry", "scope");
        String code = fields.text("code");
        JsonFields expiry = fields.child("expiry", fields.where() + " " + code + " expiry");
        String scope = fields.optionalText("scope");
        if (scope != null && !scope.equals("ORGANISATION") && !scope.equals("PRODUCT")) {
            throw fields.invalid("scope", "ORGANISATION or PRODUCT is expected");
        }
        return new EvidenceType(code, fields.text("title"), expiryRule(expiry), "ORGANISATION".equals(scope));
    }

    private static ExpiryRule expiryRule(JsonFields expiry) {
        expiry.allowing("rule", "months", "deadline");
        ExpiryKind kind = expiry.constant(ExpiryKind.class, "rule");
        try {
            return switch (kind) {
                case NONE -> ExpiryRule.none();
                case AS_STATED -> ExpiryRule.asStated();
                case MONTHS_FROM_ISSUE -> ExpiryRule.monthsFromIssue(expiry.wholeNumber("months"));
                case NEXT_DSPT_DEADLINE -> ExpiryRule.nextDsptDeadline(MonthDay.parse(expiry.text("deadline")));
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidTemplateFile(expiry.where() + ": " + e.getMessage(), e);
        }
    }
}
