package org.innovatorpassport.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.innovatorpassport.platform.api.Problem;

/**
 * The NHS.UK error summary of a refused form: each field error links to the control it is about, in
 * the order the fields appear; a refusal without field errors shows its detail.
 */
public record ErrorSummary(List<Item> items) {
    public static final ErrorSummary NONE = new ErrorSummary(List.of());

    /** One message; {@code anchor} is the id of the control it links to, or null when the page has none. */
    public record Item(String anchor, String message) {
    }

    public boolean shown() {
        return !items.isEmpty();
    }

    /**
     * @param fieldOrder the order of the fields on the page (unknown fields go last, by name)
     * @param anchor     the id of the control for a field, or null when the page has no such control
     */
    public static ErrorSummary of(Problem problem, List<String> fieldOrder, Function<String, String> anchor) {
        if (problem == null) {
            return NONE;
        }
        List<Map.Entry<String, String>> errors = new ArrayList<>(problem.fieldErrors().entrySet());
        errors.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> position(fieldOrder, e.getKey()))
                .thenComparing(Map.Entry::getKey));
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, String> error : errors) {
            items.add(new Item(anchor.apply(error.getKey()), error.getValue()));
        }
        if (items.isEmpty()) {
            items.add(new Item(null, problem.detail()));
        }
        return new ErrorSummary(items);
    }

    /** A summary of one message linking to one control. */
    public static ErrorSummary single(String anchor, String message) {
        return new ErrorSummary(List.of(new Item(anchor, message)));
    }

    private static int position(List<String> order, String field) {
        int at = order == null ? -1 : order.indexOf(field);
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
