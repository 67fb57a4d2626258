package org.innovatorpassport.it.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough HTML reading for the pages this application writes: tags with their attributes,
 * elements by id or class, character references and the text a person reads. The pages escape
 * every value they write ({@code <}, {@code >}, quotes), so a tag never holds a {@code >} inside an
 * attribute and a simple scan over tags is exact for them.
 */
final class Markup {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");
    private static final Pattern HIDDEN_TABLE_HEADING = Pattern.compile(
            "<span class=\"nhsuk-table__heading\"[^>]*>.*?</span>", Pattern.DOTALL);
    private static final Pattern INVISIBLE = Pattern.compile("<(script|style)\\b[^>]*>.*?</\\1>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "ndash", "\u2013", "mdash", "\u2014", "hellip", "\u2026");

    private Markup() {
    }

    /** One start or end tag: where it is in the page, its lower-case name and its attributes. */
    record Tag(String name, boolean closing, Map<String, String> attributes, int start, int end) {

        String attribute(String attribute) {
            return attributes.get(attribute);
        }

        boolean has(String attribute) {
            return attributes.containsKey(attribute);
        }

        /** Whether the class attribute lists this class. */
        boolean hasClass(String cssClass) {
            String classes = attributes.get("class");
            if (classes == null) {
                return false;
            }
            for (String each : classes.trim().split("\\s+")) {
                if (each.equals(cssClass)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An element found in a page: its start tag, its inner markup and where the element ends. */
    record Element(Tag tag, String inner, int end) {

        String text() {
            return Markup.text(inner);
        }
    }

    static List<Tag> tags(String html) {
        return tags(html, 0, html.length());
    }

    static List<Tag> tags(String html, int from, int to) {
        List<Tag> tags = new ArrayList<>();
        Matcher m = TAG.matcher(html).region(from, to);
        while (m.find()) {
            tags.add(new Tag(m.group(2).toLowerCase(Locale.ROOT), !m.group(1).isEmpty(), attributes(m.group(3)), m.start(), m.end()));
        }
        return tags;
    }

    /** The attributes of a tag; an attribute written without a value (checked, selected) maps to "". */
    static Map<String, String> attributes(String raw) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(raw);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            attributes.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value == null ? "" : unescape(value));
        }
        return attributes;
    }

    /** Every element whose start tag passes the test, in page order (elements nested in a match are skipped). */
    static List<Element> elements(String html, java.util.function.Predicate<Tag> test) {
        List<Element> found = new ArrayList<>();
        int from = 0;
        while (true) {
            Optional<Element> next = first(html, from, test);
            if (next.isEmpty()) {
                return found;
            }
            found.add(next.get());
            from = next.get().end();
        }
    }

    static Optional<Element> first(String html, java.util.function.Predicate<Tag> test) {
        return first(html, 0, test);
    }

    static Optional<Element> byId(String html, String id) {
        return first(html, tag -> !tag.closing() && id.equals(tag.attribute("id")));
    }

    static Optional<Element> byClass(String html, String tagName, String cssClass) {
        return first(html, tag -> !tag.closing() && tag.name().equals(tagName) && tag.hasClass(cssClass));
    }

    static List<Element> byTag(String html, String tagName) {
        return elements(html, tag -> !tag.closing() && tag.name().equals(tagName));
    }

    private static Optional<Element> first(String html, int from, java.util.function.Predicate<Tag> test) {
        List<Tag> tags = tags(html, from, html.length());
        for (int i = 0; i < tags.size(); i++) {
            Tag start = tags.get(i);
            if (start.closing() || !test.test(start)) {
                continue;
            }
            int depth = 0;
            for (int j = i + 1; j < tags.size(); j++) {
                Tag tag = tags.get(j);
                if (!tag.name().equals(start.name())) {
                    continue;
                }
                if (!tag.closing()) {
                    depth++;
                } else if (depth == 0) {
                    return Optional.of(new Element(start, html.substring(start.end(), tag.start()), tag.end()));
                } else {
                    depth--;
                }
            }
            // A void element (input, br) or an unclosed one: nothing inside it.
            return Optional.of(new Element(start, "", start.end()));
        }
        return Optional.empty();
    }

    /**
     * The words a person reads: no tags, no scripts, character references resolved, white space
     * collapsed. The words a responsive table repeats for small screens (hidden from assistive
     * technology) are left out, so a cell reads as its value.
     */
    static String text(String html) {
        String visible = INVISIBLE.matcher(html).replaceAll(" ");
        visible = HIDDEN_TABLE_HEADING.matcher(visible).replaceAll(" ");
        visible = TAG.matcher(visible).replaceAll(" ");
        return unescape(visible).replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    /** Resolves character references; one it does not know is left as it is. */
    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String replacement;
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                replacement = new String(Character.toChars(Integer.parseInt(ref.substring(2), 16)));
            } else if (ref.startsWith("#")) {
                replacement = new String(Character.toChars(Integer.parseInt(ref.substring(1))));
            } else {
                replacement = NAMED.getOrDefault(ref, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
