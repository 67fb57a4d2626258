package org.innovatorpassport.platform.api;

import java.util.Map;

/**
 * A refusal the caller can act on, answered as RFC 9457 problem+json (or an error summary on a page).
 * The {@code type} is a stable short name; {@code fieldErrors} maps a field to what is wrong with it.
 */
public class Problem extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final Map<String, String> fieldErrors;

    public Problem(int status, String type, String title, String detail) {
        this(status, type, title, detail, Map.of());
    }

    public Problem(int status, String type, String title, String detail, Map<String, String> fieldErrors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static Problem notFound(String what) {
        return new Problem(404, "not-found", "Not found", what + " was not found.");
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "forbidden", "Not allowed", detail);
    }

    public static Problem conflict(String detail) {
        return new Problem(409, "conflict", "Conflict", detail);
    }

    public static Problem invalid(Map<String, String> fieldErrors) {
        return new Problem(400, "validation", "There is a problem", "Some answers need correcting.", fieldErrors);
    }

    public static Problem invalid(String field, String message) {
        return invalid(Map.of(field, message));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
