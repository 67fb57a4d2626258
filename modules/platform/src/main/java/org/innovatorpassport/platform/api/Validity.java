package org.innovatorpassport.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A module's api record checked against the Bean Validation constraints the module wrote on it. The
 * messages are the module's own, so a page, the REST API and the module itself say the same thing.
 */
public final class Validity {

    private Validity() {
    }

    /** The value, if it is valid; otherwise a 400 problem naming every field that is wrong. */
    public static <T> T require(Validator validator, T value) {
        Problem problem = problem(validator.validate(value));
        if (problem != null) {
            throw problem;
        }
        return value;
    }

    /** A refusal listing every field that is wrong (one message each), or null when nothing is. */
    public static <T> Problem problem(Set<ConstraintViolation<T>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<T> violation : violations) {
            errors.merge(field(violation.getPropertyPath()), violation.getMessage(), Validity::first);
        }
        return errors.isEmpty() ? null : Problem.invalid(errors);
    }

    /** Of two messages for one field, the one that asks for it at all ("Enter ...") is shown. */
    private static String first(String one, String other) {
        return asks(other) && !asks(one) ? other : one;
    }

    private static boolean asks(String message) {
        return message.startsWith("Enter") || message.startsWith("Select") || message.startsWith("Create");
    }

    private static String field(Path path) {
        Iterator<Path.Node> nodes = path.iterator();
        return nodes.hasNext() ? nodes.next().getName() : "";
    }
}
