package org.innovatorpassport.templates.internal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innovatorpassport.templates.api.AnswerFormat;
import org.innovatorpassport.templates.api.AnswerType;
import org.innovatorpassport.templates.api.Condition;
import org.innovatorpassport.templates.api.Criterion;
import org.innovatorpassport.templates.api.EvidenceRequirement;
import org.innovatorpassport.templates.api.Expectation;
import org.innovatorpassport.templates.api.Option;
import org.innovatorpassport.templates.api.PassRule;
import org.innovatorpassport.templates.api.Section;
import org.innovatorpassport.templates.api.Template;

/**
 * Reads one template file. Unknown fields are refused; {@code source} is a note on where the template
 * comes from, for people editing the file, and is not loaded. Every criterion states its {@code code}, {@code question}, {@code type},
 * {@code required}, {@code notApplicableAllowed}, {@code scored} and {@code evidence}; {@code guidance},
 * {@code options}, {@code format}, {@code condition}, {@code points} and {@code expectation} are
 * written only where they say something.
 */
final class TemplateJson {

    private TemplateJson() {
    }

    static Template read(TemplateResources resources, String fileName) {
        JsonFields template = new JsonFields(resources.readObject(fileName), TemplateResources.FOLDER + fileName)
                .allowing("id", "version", "title", "source", "effectiveFrom", "passRule", "sections");
        String where = template.where();
        return new Template(
                template.text("id"),
                template.text("version"),
                template.text("title"),
                date(template, "effectiveFrom"),
                template.list("sections", value -> section(JsonFields.of(value, where + " section"))),
                passRule(template.child("passRule", where + " passRule")));
    }

    private static PassRule passRule(JsonFields rule) {
        rule.allowing("sectionsToMeet", "summary");
        return new PassRule(rule.texts("sectionsToMeet"), rule.text("summary"));
    }

    private static Section section(JsonFields section) {
        section.allowing("code", "title", "scored", "requiredForPass", "reviewerRole", "criteria");
        String code = section.text("code");
        String where = section.where() + " " + code;
        return new Section(code, section.text("title"), section.flag("scored"), section.flag("requiredForPass"),
                section.text("reviewerRole"),
                section.list("criteria", value -> criterion(JsonFields.of(value, where + " criterion"))));
    }

    private static Criterion criterion(JsonFields criterion) {
        String code = criterion.text("code");
        JsonFields fields = new JsonFields(criterion.object(), criterion.where() + " " + code)
                .allowing("code", "question", "guidance", "type", "options", "format", "required",
                        "notApplicableAllowed", "condition", "scored", "points", "evidence", "expectation");
        return new Criterion(
                code,
                fields.text("question"),
                fields.optionalText("guidance"),
                fields.constant(AnswerType.class, "type"),
                fields.optionalList("options", value -> option(JsonFields.of(value, fields.where() + " option"))),
                fields.has("format") ? format(fields.child("format", fields.where() + " format")) : AnswerFormat.NONE,
                fields.flag("required"),
                fields.flag("notApplicableAllowed"),
                fields.has("condition") ? condition(fields.child("condition", fields.where() + " condition")) : null,
                fields.flag("scored"),
                points(fields),
                fields.list("evidence", value -> evidence(JsonFields.of(value, fields.where() + " evidence"))),
                fields.has("expectation") ? expectation(fields.child("expectation", fields.where() + " expectation"))
                        : null);
    }

    private static Option option(JsonFields option) {
        option.allowing("value", "label");
        return new Option(option.text("value"), option.text("label"));
    }

    private static AnswerFormat format(JsonFields format) {
        format.allowing("pattern", "patternDescription", "min", "max", "maxDecimals");
        Integer maxDecimals = format.has("maxDecimals") ? format.wholeNumber("maxDecimals") : null;
        try {
            return new AnswerFormat(format.optionalText("pattern"), format.optionalText("patternDescription"),
                    format.optionalNumber("min"), format.optionalNumber("max"), maxDecimals);
        } catch (IllegalArgumentException e) {
            throw new InvalidTemplateFile(format.where() + ": " + e.getMessage(), e);
        }
    }

    private static Condition condition(JsonFields condition) {
        condition.allowing("criterion", "anyOf");
        return new Condition(condition.text("criterion"), condition.texts("anyOf"));
    }

    private static Map<String, Integer> points(JsonFields criterion) {
        if (!criterion.has("points")) {
            return Map.of();
        }
        JsonObject points = criterion.child("points", criterion.where() + " points").object();
        Map<String, Integer> result = new LinkedHashMap<>();
        points.forEach((value, number) -> result.put(value, wholeNumber(number, criterion, value)));
        return result;
    }

    private static int wholeNumber(JsonValue number, JsonFields criterion, String value) {
        if (!(number instanceof JsonNumber json) || !json.isIntegral()) {
            throw criterion.invalid("points", "the points for '" + value + "' must be a whole number");
        }
        return json.intValue();
    }

    private static EvidenceRequirement evidence(JsonFields evidence) {
        evidence.allowing("type", "required", "whenAnswerIn");
        return new EvidenceRequirement(evidence.text("type"), evidence.flag("required"),
                evidence.texts("whenAnswerIn"));
    }

    private static Expectation expectation(JsonFields expectation) {
        expectation.allowing("anyOf", "below");
        return new Expectation(expectation.texts("anyOf"), expectation.optionalNumber("below"));
    }

    private static LocalDate date(JsonFields fields, String name) {
        try {
            return LocalDate.parse(fields.text(name));
        } catch (DateTimeParseException e) {
            throw fields.invalid(name, "an ISO date such as 2026-04-06 is required");
        }
    }

    static List<Template> readAll(TemplateResources resources, List<String> fileNames) {
        return fileNames.stream().map(name -> read(resources, name)).toList();
    }
}
