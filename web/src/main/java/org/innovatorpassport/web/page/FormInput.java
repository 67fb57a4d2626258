package org.innovatorpassport.web.page;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;

/** The fields of a posted form, read leniently: a missing field is empty text, never null. */
public final class FormInput {
    private final MultivaluedMap<String, String> fields;

    public FormInput(MultivaluedMap<String, String> fields) {
        this.fields = fields;
    }

    public String text(String name) {
        String value = fields == null ? null : fields.getFirst(name);
        return value == null ? "" : value.trim();
    }

    /** A field exactly as sent (a password keeps its spaces); empty when missing. */
    public String raw(String name) {
        String value = fields == null ? null : fields.getFirst(name);
        return value == null ? "" : value;
    }

    /** Every non-blank value of a field that may repeat (checkboxes), trimmed, in the order sent. */
    public List<String> all(String name) {
        List<String> values = fields == null ? null : fields.get(name);
        return values == null ? List.of() : values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    public boolean checked(String name) {
        return !text(name).isEmpty();
    }

    /** A number the page itself wrote into a hidden field; a tampered one reads as -1 and is refused downstream. */
    public long number(String name) {
        try {
            return Long.parseLong(text(name));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** An id chosen from a list the page wrote; none is null, and a tampered one is refused as the field's error. */
    public java.util.UUID id(String name, String refusal) {
        String value = text(name);
        try {
            return value.isEmpty() ? null : java.util.UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw org.innovatorpassport.platform.api.Problem.invalid(name, refusal);
        }
    }
}
