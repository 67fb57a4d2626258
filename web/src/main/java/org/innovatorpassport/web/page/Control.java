package org.innovatorpassport.web.page;

import java.util.Map;

/**
 * What every form control has: its id (which the error summary links to), its field name, the label
 * or legend, an optional hint and an optional error message.
 */
public record Control(String id, String name, String label, String hint, String error) {

    public static Control of(String id, String label) {
        return new Control(id, id, label, null, null);
    }

    public Control named(String fieldName) {
        return new Control(id, fieldName, label, hint, error);
    }

    public Control hint(String text) {
        return new Control(id, name, label, text, error);
    }

    public Control error(String message) {
        return new Control(id, name, label, hint, message);
    }

    /** The error for {@code field}, if the refusal names it. */
    public Control errorFrom(Map<String, String> errors, String field) {
        return errors == null ? this : error(errors.get(field));
    }

    public boolean hasError() {
        return error != null && !error.isBlank();
    }

    public boolean hasHint() {
        return hint != null && !hint.isBlank();
    }

    public String hintId() {
        return id + "-hint";
    }

    public String errorId() {
        return id + "-error";
    }

    /** The id of the n-th choice of a group (from 0): the first keeps the group's id, so the error summary reaches it. */
    public String choiceId(int index) {
        return index == 0 ? id : id + "-" + (index + 1);
    }

    /** The ids of the hint and error, for aria-describedby; null (no attribute) when there are neither. */
    public String describedBy() {
        String ids = ((hasHint() ? hintId() : "") + " " + (hasError() ? errorId() : "")).trim();
        return ids.isEmpty() ? null : ids;
    }
}
