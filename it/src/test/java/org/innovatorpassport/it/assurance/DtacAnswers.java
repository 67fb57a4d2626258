package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.innovatorpassport.it.assurance.Suppliers.Supplier;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;

/**
 * Valid answers to a DTAC submission, chosen from the template the API serves: for each criterion a
 * value of its type that meets its format and options, with the choices that steer conditions fixed
 * so the answers hang together (not a medical device; DCB0129 applies; no transfers abroad; not a
 * Cyber Security Charter signatory, so the penetration test questions apply; clinicians only).
 */
final class DtacAnswers {
    private static final Set<String> WEAK_OPTIONS = Set.of("OTHER", "NONE", "NO", "PLAN", "APPROACHING_STANDARDS",
            "STANDARDS_NOT_MET");
    private static final List<String> PATTERN_SAMPLES = List.of("name@example.co.uk", "0113 496 0000", "01234567",
            "8HA03", "ZA123456", "https://www.example.org/", "2026-04-06", "42");

    /** Template criteria by code, in template order. */
    private final Map<String, JsonObject> criteria = new LinkedHashMap<>();
    /** Answers fixed by the test, by criterion code; the rest are chosen from the template. */
    private final Map<String, String> fixed = new LinkedHashMap<>();

    private DtacAnswers(JsonObject template) {
        for (JsonObject section : Views.objects(Views.array(template, "sections"))) {
            for (JsonObject criterion : Views.objects(Views.array(section, "criteria"))) {
                criteria.put(Views.text(criterion, "code"), criterion);
            }
        }
        if (criteria.isEmpty()) {
            fail("the template has no criteria: " + template);
        }
    }

    /** The template of a submission, read from the public template API. */
    static JsonObject template(URL base, String templateId, String version) {
        Reply reply = Http.anonymous(base).get("/api/templates/" + templateId + "/" + version);
        assertEquals(200, reply.status(), "the template " + templateId + " " + version + ": " + reply);
        return reply.json();
    }

    /**
     * Answers for a supplier's product, consistent with its registration, with the Cyber Essentials
     * certificate and the penetration test dated as the evidence that will be uploaded.
     */
    static DtacAnswers forProduct(URL base, Supplier supplier, JsonObject product, LocalDate cyberEssentialsIssuedOn,
                                  LocalDate penTestOn) {
        JsonObject details = Views.object(product, "details");
        return forProduct(template(base, "dtac", "2"), supplier, Views.text(details, "name"), Views.text(details, "version"),
                cyberEssentialsIssuedOn, penTestOn);
    }

    /** The same answers, from a template however it was read (a client generated from the OpenAPI document reads its own). */
    static DtacAnswers forProduct(JsonObject template, Supplier supplier, String productName, String productVersion,
                                  LocalDate cyberEssentialsIssuedOn, LocalDate penTestOn) {
        DtacAnswers answers = new DtacAnswers(template);
        String site = "https://www." + supplier.contactEmail().substring(supplier.contactEmail().indexOf('@') + 1);
        answers.fixed.put("A1", supplier.legalName());
        answers.fixed.put("A2", productName);
        answers.fixed.put("A3", productVersion);
        answers.fixed.put("A4", "Software as a service with an iOS app");
        answers.fixed.put("A5", supplier.contactName() + ", Head of Product");
        answers.fixed.put("A6", supplier.contactEmail());
        answers.fixed.put("A7", supplier.contactPhone());
        answers.fixed.put("A8", supplier.registeredAddress());
        answers.fixed.put("A9", "United Kingdom");
        answers.fixed.put("A10", supplier.companiesHouseNumber());
        answers.fixed.put("A11", LocalDate.now().minusMonths(7).toString());
        answers.fixed.put("C1.1", "no");
        answers.fixed.put("C1.6", "yes");
        answers.fixed.put("C1.11", "Dr Clara Safety");
        answers.fixed.put("C1.12", "GMC");
        answers.fixed.put("C1.14", "7654321");
        answers.fixed.put("C2.1", "STANDARDS_MET");
        answers.fixed.put("C2.2", supplier.dsptOdsCode());
        answers.fixed.put("C2.3", supplier.icoNumber());
        answers.fixed.put("C2.5", site + "/privacy");
        answers.fixed.put("C2.6", site + "/terms");
        answers.fixed.put("C2.7", "United Kingdom only, hosted by Example Cloud UK Ltd in London");
        answers.fixed.put("C2.8", "no");
        answers.fixed.put("C3.1", "CYBER_ESSENTIALS_PLUS");
        answers.fixed.put("C3.3", cyberEssentialsIssuedOn.toString());
        answers.fixed.put("C3.4", "no");
        answers.fixed.put("C3.5", penTestOn.toString());
        answers.fixed.put("C3.6", "Example Testing Ltd (CREST accredited)");
        answers.fixed.put("C3.7", "0");
        answers.fixed.put("C4.1", "yes");
        answers.fixed.put("C4.2", "FHIR");
        answers.fixed.put("C4.4", "yes");
        answers.fixed.put("C4.5", "PDS");
        answers.fixed.put("C4.7", "no");
        answers.fixed.put("D1.6", "YES");
        answers.fixed.put("D1.9", site + "/accessibility");
        return answers;
    }

    /** The answer chosen for a criterion. */
    String valueFor(String code) {
        JsonObject criterion = criteria.get(code);
        if (criterion == null) {
            throw new AssertionError("the template has no criterion " + code);
        }
        return fixed.containsKey(code) ? fixed.get(code) : chosen(criterion);
    }

    boolean required(String code) {
        return Views.flag(criteria.get(code), "required");
    }

    /**
     * Answers every criterion that applies, re-reading the submission after each save because answers
     * make further criteria apply, until nothing is left unanswered and no answer has a problem.
     *
     * @return the submission as it stands after the last save
     */
    JsonObject fill(Http supplier, String submissionId) {
        return fill(() -> supplier.get("/api/submissions/" + submissionId).json(), (toSave, revision) -> {
            Reply saved = supplier.put("/api/submissions/" + submissionId + "/answers", answersJson(revision, toSave));
            assertEquals(200, saved.status(), "saving answers " + toSave.keySet() + ": " + saved);
        });
    }

    /**
     * The same, through any client: {@code read} answers the submission as JSON, {@code save} saves
     * answers (by criterion code) at a revision.
     */
    JsonObject fill(java.util.function.Supplier<JsonObject> read, java.util.function.ObjLongConsumer<Map<String, String>> save) {
        JsonObject view = read.get();
        for (int round = 0; round < 10; round++) {
            JsonObject problems = Views.object(view, "answerProblems");
            Map<String, String> toSave = new LinkedHashMap<>();
            Map<String, String> stuck = new LinkedHashMap<>();
            for (JsonObject state : Views.objects(Views.array(view, "criteria"))) {
                String code = Views.text(state, "code");
                if (!Views.flag(state, "applies") || !criteria.containsKey(code)) {
                    continue;
                }
                String current = Views.answerValue(state);
                String value = valueFor(code);
                boolean wrong = problems != null && problems.containsKey(code);
                if (current == null || wrong && !value.equals(current)) {
                    toSave.put(code, value);
                } else if (wrong) {
                    stuck.put(code, value + ": " + Views.text(problems, code));
                }
            }
            if (!stuck.isEmpty()) {
                fail("the server finds problems with answers the test thinks valid: " + stuck);
            }
            if (toSave.isEmpty()) {
                if (problems == null || problems.isEmpty()) {
                    return view;
                }
                fail("problems left that no answer of the test addresses: " + problems);
            }
            save.accept(toSave, view.getJsonNumber("revision").longValue());
            view = read.get();
        }
        return fail("the answers did not settle after 10 rounds: " + Views.object(view, "answerProblems"));
    }

    /** The body of PUT /api/submissions/{id}/answers. */
    static String answersJson(long revision, Map<String, String> answers) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        answers.forEach((code, value) -> array.add(Json.createObjectBuilder()
                .add("criterionCode", code).add("value", value).add("notApplicable", false).addNull("justification")));
        return Json.createObjectBuilder().add("revision", revision).add("answers", array).build().toString();
    }

    private static String chosen(JsonObject criterion) {
        String code = Views.text(criterion, "code");
        String type = Views.text(criterion, "type");
        JsonObject expectation = Views.object(criterion, "expectation");
        List<String> expected = expectation == null ? List.of() : Views.strings(expectation, "anyOf");
        List<String> options = Views.objects(Views.array(criterion, "options")).stream().map(o -> Views.text(o, "value")).toList();
        JsonObject format = Views.object(criterion, "format");
        return switch (type) {
            case "YES_NO" -> !expected.isEmpty() ? expected.get(0) : best(criterion, List.of("yes", "no")).orElse("yes");
            case "CHOICE" -> best(criterion, options).orElseGet(() -> !expected.isEmpty() ? expected.get(0) : strongest(code, options));
            case "MULTI_CHOICE" -> !expected.isEmpty() ? expected.get(0) : strongest(code, options);
            case "DATE" -> LocalDate.now().minusMonths(1).toString();
            case "NUMBER" -> number(format, expectation);
            case "TEXT" -> text(code, format);
            default -> throw new AssertionError("criterion " + code + " has a type this test does not know: " + type);
        };
    }

    /** The value with the most points, for a scored criterion. */
    private static java.util.Optional<String> best(JsonObject criterion, List<String> values) {
        JsonObject points = Views.object(criterion, "points");
        if (points == null || points.isEmpty()) {
            return java.util.Optional.empty();
        }
        return values.stream().filter(points::containsKey)
                .max(java.util.Comparator.comparingInt(v -> points.getJsonNumber(v).intValue()));
    }

    private static String strongest(String code, List<String> options) {
        if (options.isEmpty()) {
            throw new AssertionError("criterion " + code + " offers no options");
        }
        return options.stream().filter(o -> !WEAK_OPTIONS.contains(o)).findFirst().orElse(options.get(0));
    }

    private static String number(JsonObject format, JsonObject expectation) {
        BigDecimal min = decimal(format, "min");
        BigDecimal max = decimal(format, "max");
        if (expectation != null && decimal(expectation, "below") != null) {
            return (min == null ? BigDecimal.ZERO : min).toPlainString();
        }
        if (max != null) {
            JsonValue decimals = format.get("maxDecimals");
            int scale = decimals instanceof JsonNumber n ? n.intValue() : 0;
            BigDecimal value = max.multiply(new BigDecimal("0.9995")).setScale(scale, RoundingMode.DOWN);
            return (min != null && value.compareTo(min) < 0 ? min : value).toPlainString();
        }
        return (min == null ? BigDecimal.ONE : min).toPlainString();
    }

    private static String text(String code, JsonObject format) {
        String pattern = format == null ? null : Views.text(format, "pattern");
        if (pattern == null) {
            return "Our answer to " + code + ", written for the integration test.";
        }
        Pattern compiled = Pattern.compile(pattern);
        return PATTERN_SAMPLES.stream().filter(s -> compiled.matcher(s).matches()).findFirst()
                .orElseThrow(() -> new AssertionError("no sample answer matches the pattern of " + code + ": " + pattern));
    }

    private static BigDecimal decimal(JsonObject object, String key) {
        if (object == null) {
            return null;
        }
        JsonValue value = object.get(key);
        return value instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }
}
