package org.innovatorpassport.web.page;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.innovatorpassport.platform.api.Problem;

/**
 * Bean Validation's verdict on a form, in the words of the form. JAX-RS validates JSON bodies for the
 * API, but a page builds its record from form fields itself, so it asks the validator and turns each
 * violation into the error message the NHS.UK pattern expects ("Enter your email address"), not the
 * validator's default ("must not be blank").
 */
final class Violations {

    /** How a form names a field: its label, and what to say when it is left empty. */
    record Wording(String label, String whenMissing) {
    }

    private Violations() {
    }

    /** A refusal listing every field that is wrong, or null when nothing is. */
    static <T> Problem refusal(Set<ConstraintViolation<T>> violations, Map<String, Wording> wording) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<T> violation : violations) {
            String field = field(violation.getPropertyPath());
            errors.putIfAbsent(field, message(violation, wording.getOrDefault(field, new Wording(field, null))));
        }
        return errors.isEmpty() ? null : Problem.invalid(errors);
    }

    private static String field(Path path) {
        Iterator<Path.Node> nodes = path.iterator();
        return nodes.hasNext() ? nodes.next().getName() : "";
    }

    private static String message(ConstraintViolation<?> violation, Wording wording) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Object value = violation.getInvalidValue();
        boolean ownMessage = !violation.getMessageTemplate().startsWith("{");
        if (constraint instanceof NotBlank || constraint instanceof NotNull || constraint instanceof NotEmpty) {
            return wording.whenMissing() != null ? wording.whenMissing() : "Enter " + lower(wording.label());
        }
        if (constraint instanceof Email) {
            return "Enter an email address in the correct format, like name@example.com";
        }
        if (constraint instanceof Size size) {
            return ownMessage ? wording.label() + " " + violation.getMessage() : sizeMessage(size, value, wording);
        }
        if (constraint instanceof Pattern && !ownMessage) {
            return "Enter " + lower(wording.label()) + " in the correct format";
        }
        return ownMessage && Character.isUpperCase(violation.getMessage().charAt(0)) ? violation.getMessage()
                : wording.label() + " " + violation.getMessage();
    }

    private static String sizeMessage(Size size, Object value, Wording wording) {
        int length = value instanceof CharSequence s ? s.length() : value instanceof Collection<?> c ? c.size() : -1;
        String unit = value instanceof Collection<?> ? " entries" : " characters";
        if (length > size.max()) {
            return wording.label() + " must be " + size.max() + unit + " or fewer";
        }
        return wording.label() + " must be " + size.min() + unit + " or more";
    }

    /** "Legal name" becomes "legal name", but "ICO registration number" keeps its capitals. */
    static String lower(String label) {
        if (label == null || label.length() < 2 || Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
