package org.innovatorpassport.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;

/**
 * What the new supplier types into its DTAC version 2 submission page, question by question. The
 * questions that steer the rest are answered as for a clinicians' tool that is not a medical device:
 * DCB0129 applies, no personal data leaves the UK, the supplier has not signed the Cyber Security
 * Charter (so the penetration test questions apply), patients do not use it, and the CQC question
 * does not apply to a software company. The identity questions repeat what the supplier registered
 * with. Every other question gets a well-formed answer of its type chosen from the public template
 * (GET /api/templates/dtac/2): what its expectation asks for, its best-scoring option, or text that
 * meets its pattern.
 */
final class DtacPageAnswers {
    private static final Set<String> HEDGES = Set.of("OTHER", "NONE", "NO", "PLAN", "APPROACHING_STANDARDS", "STANDARDS_NOT_MET");

    /** An answer as the page takes it: a value, or a tick in "does not apply" with the reason. */
    record Typed(String value, String notApplicableBecause) {

        static Typed value(String value) {
            return new Typed(value, null);
        }

        static Typed notApplicable(String because) {
            return new Typed(null, because);
        }

        boolean notApplicable() {
            return notApplicableBecause != null;
        }

        @Override
        public String toString() {
            return notApplicable() ? "does not apply: " + notApplicableBecause : value;
        }
    }

    private final Map<String, JsonObject> criteria = new LinkedHashMap<>();
    private final Map<String, Typed> given = new LinkedHashMap<>();
    private final List<String> samples = new ArrayList<>();

    private DtacPageAnswers(JsonObject template) {
        for (JsonValue section : template.getJsonArray("sections")) {
            for (JsonValue criterion : section.asJsonObject().getJsonArray("criteria")) {
                criteria.put(criterion.asJsonObject().getString("code"), criterion.asJsonObject());
            }
        }
        if (criteria.isEmpty()) {
            throw new AssertionError("the DTAC template lists no questions: " + template);
        }
    }

    /**
     * The answers of this supplier for this product, with the Cyber Essentials certificate and the
     * penetration test dated as the documents it will upload.
     */
    static DtacPageAnswers of(URL base, NewSupplier supplier, String productName, String productVersion,
                              LocalDate cyberEssentialsIssued, LocalDate penTested) {
        Reply reply = Http.anonymous(base).get("/api/templates/dtac/2");
        assertEquals(200, reply.status(), "the DTAC version 2 template is public: " + reply);
        DtacPageAnswers answers = new DtacPageAnswers(reply.json());
        String site = supplier.website();
        answers.samples.addAll(List.of(supplier.contactEmail(), supplier.contactPhone(), supplier.companiesHouseNumber(),
                supplier.dsptOdsCode(), supplier.icoNumber(), site + "/", LocalDate.now().minusMonths(1).toString(), "7"));
        Map<String, Typed> g = answers.given;
        g.put("A1", Typed.value(supplier.legalName()));
        g.put("A2", Typed.value(productName));
        g.put("A3", Typed.value(productVersion));
        g.put("A4", Typed.value("Web application with an iOS app, sold as a service"));
        g.put("A5", Typed.value(supplier.contactName() + ", Head of Product"));
        g.put("A6", Typed.value(supplier.contactEmail()));
        g.put("A7", Typed.value(supplier.contactPhone()));
        g.put("A8", Typed.value(supplier.registeredAddress()));
        g.put("A9", Typed.value("England"));
        g.put("A10", Typed.value(supplier.companiesHouseNumber()));
        g.put("A11", Typed.notApplicable("We make software and provide no regulated care, so the CQC does not assess us."));
        g.put("C1.1", Typed.value("no"));
        g.put("C1.6", Typed.value("yes"));
        g.put("C1.11", Typed.value("Dr Sanjay Safe"));
        g.put("C1.12", Typed.value("GMC"));
        g.put("C1.14", Typed.value("7012345"));
        g.put("C2.1", Typed.value("STANDARDS_MET"));
        g.put("C2.2", Typed.value(supplier.dsptOdsCode()));
        g.put("C2.3", Typed.value(supplier.icoNumber()));
        g.put("C2.4", Typed.value("yes"));
        g.put("C2.5", Typed.value(site + "/privacy"));
        g.put("C2.6", Typed.value(site + "/terms"));
        g.put("C2.7", Typed.value("United Kingdom only: Example Cloud UK Ltd, London and Manchester data centres"));
        g.put("C2.8", Typed.value("no"));
        g.put("C3.1", Typed.value("CYBER_ESSENTIALS_PLUS"));
        g.put("C3.2", Typed.value("IASME-CEP-" + NewSupplier.digits(6)));
        g.put("C3.3", Typed.value(cyberEssentialsIssued.toString()));
        g.put("C3.4", Typed.value("no"));
        g.put("C3.5", Typed.value(penTested.toString()));
        g.put("C3.6", Typed.value("Example Testing Ltd, a CREST member company"));
        g.put("C3.7", Typed.value("3.1"));
        g.put("C4.1", Typed.value("yes"));
        g.put("C4.2", Typed.value("FHIR"));
        g.put("C4.4", Typed.value("yes"));
        g.put("C4.5", Typed.value("PDS"));
        g.put("C4.7", Typed.value("no"));
        g.put("D1.6", Typed.value("YES"));
        g.put("D1.8", Typed.value("yes"));
        g.put("D1.9", Typed.value(site + "/accessibility"));
        g.put("D1.10", Typed.value("99.95"));
        return answers;
    }

    /** The answer to one question, checked against what the page offers for it. */
    Typed answerFor(String code, HtmlForm form) {
        JsonObject criterion = criteria.get(code);
        if (criterion == null) {
            throw new AssertionError("the page asks " + code + ", which the DTAC version 2 template does not have");
        }
        Typed typed = given.containsKey(code) ? given.get(code) : Typed.value(chosen(criterion));
        String field = "answer-" + code;
        if (typed.notApplicable()) {
            if (!form.has("na-" + code)) {
                throw new AssertionError(code + " offers no 'does not apply' on the page, yet the test would say it does not apply");
            }
            return typed;
        }
        switch (form.kind(field)) {
            case RADIO, CHECKBOX, SELECT -> {
                if (!form.choices(field).containsKey(typed.value())) {
                    throw new AssertionError("the page offers " + form.choices(field).keySet() + " for " + code + ", not " + typed);
                }
            }
            default -> {
                String pattern = pattern(criterion);
                if (pattern != null && !Pattern.compile(pattern).matcher(typed.value()).matches()) {
                    throw new AssertionError("the test's answer to " + code + " does not fit its pattern " + pattern + ": " + typed);
                }
            }
        }
        return typed;
    }

    private String chosen(JsonObject criterion) {
        String code = criterion.getString("code");
        String type = criterion.getString("type");
        List<String> expected = strings(object(criterion, "expectation"), "anyOf");
        List<String> options = new ArrayList<>();
        for (JsonValue option : array(criterion, "options")) {
            options.add(option.asJsonObject().getString("value"));
        }
        return switch (type) {
            case "YES_NO" -> expected.isEmpty() ? "yes" : expected.get(0);
            case "CHOICE", "MULTI_CHOICE" -> !expected.isEmpty() ? expected.get(0)
                    : bestScoring(criterion, options).orElseGet(() -> options.stream().filter(o -> !HEDGES.contains(o)).findFirst()
                    .orElseThrow(() -> new AssertionError(code + " offers nothing but " + options)));
            case "DATE" -> LocalDate.now().minusMonths(1).toString();
            case "NUMBER" -> number(criterion);
            case "TEXT" -> text(code, pattern(criterion));
            default -> throw new AssertionError(code + " has an answer type this test does not know: " + type);
        };
    }

    private static Optional<String> bestScoring(JsonObject criterion, List<String> options) {
        JsonObject points = object(criterion, "points");
        if (points == null) {
            return Optional.empty();
        }
        String best = null;
        int most = Integer.MIN_VALUE;
        for (String option : options) {
            if (points.get(option) instanceof JsonNumber n && n.intValue() > most) {
                most = n.intValue();
                best = option;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Below the expectation's ceiling when there is one (a CVSS score), otherwise the top of the range. */
    private static String number(JsonObject criterion) {
        JsonObject format = object(criterion, "format");
        BigDecimal min = decimal(format, "min");
        BigDecimal max = decimal(format, "max");
        if (decimal(object(criterion, "expectation"), "below") != null) {
            return (min == null ? BigDecimal.ZERO : min).toPlainString();
        }
        return (max != null ? max : min != null ? min : BigDecimal.ONE).toPlainString();
    }

    private String text(String code, String pattern) {
        if (pattern == null) {
            return "Our answer to " + code + ", as the supplier's product team wrote it for this assessment.";
        }
        Pattern compiled = Pattern.compile(pattern);
        return samples.stream().filter(s -> compiled.matcher(s).matches()).findFirst()
                .orElseThrow(() -> new AssertionError("the test has no answer that fits the pattern of " + code + ": " + pattern));
    }

    private static String pattern(JsonObject criterion) {
        JsonObject format = object(criterion, "format");
        return format != null && format.get("pattern") instanceof JsonString s ? s.getString() : null;
    }

    private static JsonObject object(JsonObject object, String key) {
        return object != null && object.get(key) instanceof JsonObject o ? o : null;
    }

    private static List<JsonValue> array(JsonObject object, String key) {
        return object != null && object.get(key) != null && object.get(key).getValueType() == JsonValue.ValueType.ARRAY
                ? object.getJsonArray(key) : List.of();
    }

    private static List<String> strings(JsonObject object, String key) {
        return array(object, key).stream().filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).getString()).toList();
    }

    private static BigDecimal decimal(JsonObject object, String key) {
        return object != null && object.get(key) instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }
}
