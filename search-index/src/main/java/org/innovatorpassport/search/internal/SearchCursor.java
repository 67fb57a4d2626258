package org.innovatorpassport.search.internal;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.innovatorpassport.platform.api.Problem;

/**
 * The sort values of a page's last hit, as an opaque, address-safe cursor for search_after. Each
 * value is kept with its kind (l long, d double, s string, b boolean, n null) so it goes back to
 * Elasticsearch exactly as it came.
 */
final class SearchCursor {
    private static final String SEPARATOR = "\u001F";

    private SearchCursor() {
    }

    static String encode(List<FieldValue> values) {
        List<String> parts = new ArrayList<>();
        for (FieldValue v : values) {
            if (v.isLong()) {
                parts.add("l" + v.longValue());
            } else if (v.isDouble()) {
                parts.add("d" + Double.toString(v.doubleValue()));
            } else if (v.isBoolean()) {
                parts.add("b" + v.booleanValue());
            } else if (v.isString()) {
                parts.add("s" + v.stringValue());
            } else {
                parts.add("n");
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    static List<FieldValue> decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<FieldValue> values = new ArrayList<>();
            for (String part : text.split(SEPARATOR, -1)) {
                String value = part.substring(1);
                values.add(switch (part.charAt(0)) {
                    case 'l' -> FieldValue.of(Long.parseLong(value));
                    case 'd' -> FieldValue.of(Double.parseDouble(value));
                    case 'b' -> FieldValue.of(Boolean.parseBoolean(value));
                    case 's' -> FieldValue.of(value);
                    case 'n' -> FieldValue.NULL;
                    default -> throw new IllegalArgumentException("unknown kind " + part.charAt(0));
                });
            }
            return values;
        } catch (RuntimeException unreadable) {
            throw Problem.invalid("after", "This page link is not valid any more; start the search again");
        }
    }
}
