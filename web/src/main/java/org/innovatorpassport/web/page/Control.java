package org.innovatorpassport.web.page;

import java.util.Map;

/**
 * What every form control has: its id (which the error summary links to), its field name, the label
 * or legend, an optional hint and an optional error message.
 */
record Control(String id, String name, String label, String hint, String error) {

    static Control of(String id, String label) {
        return new Control(id, id, label, null, null);
    }

    Control named(String fieldName) {
        return new Control(id, fieldName, label, hint, error);
    }

    Control hint(String text) {
        return new Control(id, name, label, text, error);
    }

    Control error(String message) {
        return new Control(id, name, label, hint, message);
    }

    /** The error for {@code field}, if the refusal names it. */
    Control errorFrom(Map<String, String> errors, String field) {
        return errors == null ? this : error(errors.get(field));
    }

    boolean hasError() {
        return error != null && !error.isBlank();
    }

    boolean hasHint() {
        return hint != null && !hint.isBlank();
    }

    String hintId() {
        return id + "-hint";
    }

    String errorId() {
        return id + "-error";
    }

    /** The ids of the hint and error, for aria-describedby; empty when there are neither. */
    String describedBy() {
        String ids = ((hasHint() ? hintId() : "") + " " + (hasError() ? errorId() : "")).trim();
        return ids.isEmpty() ? "" : " aria-describedby=\"" + ids + "\"";
    }
}
