package org.innovatorpassport.templates.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields of one JSON object of a template file, read with a clear complaint naming the file and
 * the place ({@code where}) when one is missing or of the wrong kind.
 */
record JsonFields(JsonObject object, String where) {

    /** Refuses any field not named, so that a misspelt optional field is not silently ignored. */
    JsonFields allowing(String... names) {
        Set<String> allowed = Set.of(names);
        for (String key : object.keySet()) {
            if (!allowed.contains(key)) {
                throw new InvalidTemplateFile(where + ": unknown field '" + key + "'; expected one of " + allowed);
            }
        }
        return this;
    }

    String text(String name) {
        String value = optionalText(name);
        if (value == null || value.isBlank()) {
            throw invalid(name, "a non-empty text is required");
        }
        return value;
    }

    String optionalText(String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw invalid(name, "a text is expected");
        }
        return string.getString();
    }

    boolean flag(String name) {
        JsonValue value = object.get(name);
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        throw invalid(name, "true or false is required");
    }

    BigDecimal optionalNumber(String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw invalid(name, "a number is expected");
        }
        return number.bigDecimalValue();
    }

    boolean has(String name) {
        return object.containsKey(name) && object.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    JsonFields child(String name, String childWhere) {
        JsonValue value = object.get(name);
        if (!(value instanceof JsonObject child)) {
            throw invalid(name, "an object is required");
        }
        return new JsonFields(child, childWhere);
    }

    /** The elements of a required array, each read with {@code reader}. */
    <T> List<T> list(String name, Function<JsonValue, T> reader) {
        JsonValue value = object.get(name);
        if (!(value instanceof JsonArray array)) {
            throw invalid(name, "an array is required");
        }
        return array.stream().map(reader).toList();
    }

    /** Like {@link #list} but an absent array is empty. */
    <T> List<T> optionalList(String name, Function<JsonValue, T> reader) {
        return has(name) ? list(name, reader) : List.of();
    }

    List<String> texts(String name) {
        return optionalList(name, value -> {
            if (!(value instanceof JsonString string)) {
                throw invalid(name, "an array of texts is expected");
            }
            return string.getString();
        });
    }

    /** The fields of a JSON value that must be an object, e.g. an element of an array. */
    static JsonFields of(JsonValue value, String where) {
        if (!(value instanceof JsonObject object)) {
            throw new InvalidTemplateFile(where + ": an object is expected");
        }
        return new JsonFields(object, where);
    }

    <E extends Enum<E>> E constant(Class<E> type, String name) {
        String value = text(name);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    int wholeNumber(String name) {
        BigDecimal number = optionalNumber(name);
        try {
            if (number == null) {
                throw invalid(name, "a whole number is required");
            }
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw invalid(name, "a whole number is required");
        }
    }

    InvalidTemplateFile invalid(String name, String problem) {
        return new InvalidTemplateFile(where + ": '" + name + "': " + problem);
    }
}
