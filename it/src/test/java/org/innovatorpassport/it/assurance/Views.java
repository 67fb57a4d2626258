package org.innovatorpassport.it.assurance;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading the API's JSON, where JSON-B leaves out null fields. */
final class Views {

    private Views() {
    }

    /** The string at {@code key}, or null when it is absent or null. */
    static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    static LocalDate date(JsonObject object, String key) {
        String value = text(object, key);
        return value == null ? null : LocalDate.parse(value);
    }

    static boolean flag(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value != null && value.getValueType() == JsonValue.ValueType.TRUE;
    }

    static JsonObject object(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value == null || value.getValueType() != JsonValue.ValueType.OBJECT ? null : value.asJsonObject();
    }

    static JsonArray array(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value == null || value.getValueType() != JsonValue.ValueType.ARRAY ? JsonValue.EMPTY_JSON_ARRAY : value.asJsonArray();
    }

    static List<String> strings(JsonObject object, String key) {
        List<String> strings = new ArrayList<>();
        for (JsonValue value : array(object, key)) {
            strings.add(value instanceof JsonString s ? s.getString() : value.toString());
        }
        return strings;
    }

    static List<JsonObject> objects(JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).toList();
    }

    /** The criterion state of a SubmissionView by code. */
    static JsonObject criterion(JsonObject submission, String code) {
        return findCriterion(submission, code).orElseThrow(() -> new AssertionError("no criterion " + code + " in " + submission));
    }

    static Optional<JsonObject> findCriterion(JsonObject submission, String code) {
        return objects(array(submission, "criteria")).stream().filter(c -> code.equals(text(c, "code"))).findFirst();
    }

    /** The value of a criterion's answer in a SubmissionView, or null when unanswered. */
    static String answerValue(JsonObject criterionState) {
        JsonObject answer = object(criterionState, "answer");
        return answer == null ? null : text(answer, "value");
    }

    /** The decision on a criterion in a SubmissionView, or null when undecided. */
    static String decision(JsonObject criterionState) {
        return text(criterionState, "decision");
    }
}
