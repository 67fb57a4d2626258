package org.innovatorpassport.it.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.innovatorpassport.it.pages.Markup.Element;
import org.innovatorpassport.it.pages.Markup.Tag;

/**
 * One {@code <form>} of a page, read as a browser without JavaScript reads it: its action, method and
 * encoding, and its controls in page order with what they hold. Filling it changes only this copy;
 * {@link #submission()} gives the name and value pairs a browser would send, which buttons without a
 * name do not add to.
 */
final class HtmlForm {

    enum Kind { TEXT, HIDDEN, PASSWORD, TEXTAREA, RADIO, CHECKBOX, SELECT, FILE }

    /** A choice of a select, with the words shown for it. */
    record Option(String value, String label) {
    }

    /** One control: a radio button and a checkbox are each a control of their own, sharing a name with their group. */
    static final class Control {
        final Kind kind;
        final String name;
        final String id;
        final String label;
        final List<Option> options;
        String value;
        boolean checked;

        Control(Kind kind, String name, String id, String value, boolean checked, String label, List<Option> options) {
            this.kind = kind;
            this.name = name;
            this.id = id;
            this.value = value;
            this.checked = checked;
            this.label = label;
            this.options = options;
        }
    }

    /** A file chosen for a file input. */
    record Attachment(String fileName, String contentType, byte[] content) {
    }

    private final String action;
    private final String method;
    private final String enctype;
    private final String buttons;
    private final List<Control> controls;
    private final Map<String, Attachment> attachments = new LinkedHashMap<>();

    private HtmlForm(String action, String method, String enctype, String buttons, List<Control> controls) {
        this.action = action;
        this.method = method;
        this.enctype = enctype;
        this.buttons = buttons;
        this.controls = controls;
    }

    /** Every form of a page, in page order. */
    static List<HtmlForm> all(String html) {
        List<HtmlForm> forms = new ArrayList<>();
        for (Element form : Markup.byTag(html, "form")) {
            forms.add(read(form));
        }
        return forms;
    }

    private static HtmlForm read(Element form) {
        String inner = form.inner();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Element label : Markup.byTag(inner, "label")) {
            String forId = label.tag().attribute("for");
            if (forId != null) {
                labels.put(forId, label.text());
            }
        }
        List<Control> controls = new ArrayList<>();
        List<String> buttonWords = new ArrayList<>();
        List<Tag> tags = Markup.tags(inner);
        for (int i = 0; i < tags.size(); i++) {
            Tag tag = tags.get(i);
            if (tag.closing()) {
                continue;
            }
            String name = tag.attribute("name");
            String id = tag.attribute("id");
            switch (tag.name()) {
                case "input" -> {
                    String type = tag.attributes().getOrDefault("type", "text").toLowerCase(Locale.ROOT);
                    Kind kind = switch (type) {
                        case "hidden" -> Kind.HIDDEN;
                        case "password" -> Kind.PASSWORD;
                        case "radio" -> Kind.RADIO;
                        case "checkbox" -> Kind.CHECKBOX;
                        case "file" -> Kind.FILE;
                        case "submit", "button", "reset", "image" -> null;
                        default -> Kind.TEXT;
                    };
                    if (kind != null && name != null && !tag.has("disabled")) {
                        String value = tag.attributes().getOrDefault("value",
                                kind == Kind.RADIO || kind == Kind.CHECKBOX ? "on" : "");
                        controls.add(new Control(kind, name, id, value, tag.has("checked"), id == null ? null : labels.get(id), List.of()));
                    }
                }
                case "textarea" -> {
                    int close = indexOfClosing(tags, i, "textarea");
                    String content = close < 0 ? "" : inner.substring(tag.end(), tags.get(close).start());
                    // A browser drops one line break straight after the start tag.
                    content = content.startsWith("\r\n") ? content.substring(2) : content.startsWith("\n") ? content.substring(1) : content;
                    if (name != null && !tag.has("disabled")) {
                        controls.add(new Control(Kind.TEXTAREA, name, id, Markup.unescape(content), false,
                                id == null ? null : labels.get(id), List.of()));
                    }
                }
                case "select" -> {
                    int close = indexOfClosing(tags, i, "select");
                    String content = close < 0 ? "" : inner.substring(tag.end(), tags.get(close).start());
                    List<Option> options = new ArrayList<>();
                    String selected = null;
                    for (Element option : Markup.byTag(content, "option")) {
                        String label = option.text();
                        String value = option.tag().has("value") ? option.tag().attribute("value") : label;
                        options.add(new Option(value, label));
                        if (selected == null && option.tag().has("selected")) {
                            selected = value;
                        }
                    }
                    if (selected == null && !options.isEmpty()) {
                        selected = options.get(0).value();
                    }
                    if (name != null && !tag.has("disabled")) {
                        controls.add(new Control(Kind.SELECT, name, id, selected, false, id == null ? null : labels.get(id),
                                List.copyOf(options)));
                    }
                }
                case "button" -> {
                    int close = indexOfClosing(tags, i, "button");
                    if (close >= 0) {
                        buttonWords.add(Markup.text(inner.substring(tag.end(), tags.get(close).start())));
                    }
                }
                default -> {
                }
            }
        }
        Map<String, String> attributes = form.tag().attributes();
        return new HtmlForm(attributes.getOrDefault("action", ""),
                attributes.getOrDefault("method", "get").toUpperCase(Locale.ROOT),
                attributes.getOrDefault("enctype", "application/x-www-form-urlencoded").toLowerCase(Locale.ROOT),
                String.join(" | ", buttonWords), controls);
    }

    private static int indexOfClosing(List<Tag> tags, int from, String name) {
        for (int j = from + 1; j < tags.size(); j++) {
            if (tags.get(j).closing() && tags.get(j).name().equals(name)) {
                return j;
            }
        }
        return -1;
    }

    String action() {
        return action;
    }

    String method() {
        return method;
    }

    boolean multipart() {
        return enctype.startsWith("multipart/form-data");
    }

    /** The words of its buttons, to say which form a message is about. */
    String buttons() {
        return buttons;
    }

    /** The names of its controls, each once, in page order. */
    List<String> names() {
        return controls.stream().map(c -> c.name).distinct().toList();
    }

    boolean has(String name) {
        return controls.stream().anyMatch(c -> c.name.equals(name));
    }

    Kind kind(String name) {
        return controlsNamed(name).get(0).kind;
    }

    /** What the form would send for this name: the text typed, the chosen radio or option, each ticked box. */
    List<String> values(String name) {
        List<String> values = new ArrayList<>();
        for (Control c : controlsNamed(name)) {
            switch (c.kind) {
                case RADIO, CHECKBOX -> {
                    if (c.checked) {
                        values.add(c.value);
                    }
                }
                case FILE -> {
                }
                default -> values.add(c.value == null ? "" : c.value);
            }
        }
        return values;
    }

    /** The first value sent for this name, or empty when nothing would be sent or only blank text. */
    Optional<String> value(String name) {
        return values(name).stream().filter(v -> !v.isBlank()).findFirst();
    }

    /** The values to choose from: the radios or checkboxes of a group, or a select's options, with their words. */
    Map<String, String> choices(String name) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (Control c : controlsNamed(name)) {
            switch (c.kind) {
                case RADIO, CHECKBOX -> choices.put(c.value, c.label == null ? c.value : c.label);
                case SELECT -> c.options.forEach(o -> choices.put(o.value(), o.label()));
                default -> {
                }
            }
        }
        return choices;
    }

    /** Types into a text field or text area, picks a radio or a select option, or ticks exactly one checkbox of a group. */
    HtmlForm set(String name, String value) {
        List<Control> named = controlsNamed(name);
        Kind kind = named.get(0).kind;
        switch (kind) {
            case RADIO -> choose(name, named, List.of(value));
            case CHECKBOX -> choose(name, named, List.of(value));
            case SELECT -> {
                Control select = named.get(0);
                if (select.options.stream().noneMatch(o -> o.value().equals(value))) {
                    throw new AssertionError("the select " + name + " offers no " + value + ", only " + choices(name).keySet());
                }
                select.value = value;
            }
            case FILE -> throw new AssertionError(name + " is a file input: attach a file to it");
            default -> named.get(0).value = value;
        }
        return this;
    }

    /** Ticks exactly these checkboxes of a group (or picks the one radio), as a person would. */
    HtmlForm check(String name, String... values) {
        choose(name, controlsNamed(name), Arrays.asList(values));
        return this;
    }

    HtmlForm attach(String name, String fileName, String contentType, byte[] content) {
        if (controlsNamed(name).stream().noneMatch(c -> c.kind == Kind.FILE)) {
            throw new AssertionError(name + " is not a file input of the form posting to " + action);
        }
        attachments.put(name, new Attachment(fileName, contentType, content));
        return this;
    }

    private void choose(String name, List<Control> group, List<String> values) {
        Kind kind = group.get(0).kind;
        if (kind != Kind.RADIO && kind != Kind.CHECKBOX) {
            throw new AssertionError(name + " is not a group of radios or checkboxes but " + kind);
        }
        if (kind == Kind.RADIO && values.size() != 1) {
            throw new AssertionError("a radio group takes one value: " + name + " " + values);
        }
        Set<String> offered = group.stream().map(c -> c.value).collect(Collectors.toCollection(LinkedHashSet::new));
        if (!offered.containsAll(values)) {
            throw new AssertionError(name + " offers " + offered + ", not " + values);
        }
        group.forEach(c -> c.checked = values.contains(c.value));
    }

    private List<Control> controlsNamed(String name) {
        List<Control> named = controls.stream().filter(c -> c.name.equals(name)).toList();
        if (named.isEmpty()) {
            throw new AssertionError("the form posting to " + action + " (" + buttons + ") has no field " + name
                    + "; it has " + names());
        }
        return named;
    }

    /** The name and value pairs a browser sends, in page order; file inputs are in {@link #files()}. */
    List<Map.Entry<String, String>> submission() {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (Control c : controls) {
            switch (c.kind) {
                case RADIO, CHECKBOX -> {
                    if (c.checked) {
                        pairs.add(Map.entry(c.name, c.value));
                    }
                }
                case FILE -> {
                }
                case SELECT -> {
                    if (c.value != null) {
                        pairs.add(Map.entry(c.name, c.value));
                    }
                }
                default -> pairs.add(Map.entry(c.name, c.value == null ? "" : c.value));
            }
        }
        return pairs;
    }

    /** Each file input with the file chosen for it, or null when none was (a browser then sends an empty part). */
    Map<String, Attachment> files() {
        Map<String, Attachment> files = new LinkedHashMap<>();
        for (Control c : controls) {
            if (c.kind == Kind.FILE) {
                files.put(c.name, attachments.get(c.name));
            }
        }
        return files;
    }

    /** The fields in page order, each with whether it is a file, for building a multipart body in that order. */
    List<Control> controls() {
        return List.copyOf(controls);
    }

    @Override
    public String toString() {
        return method + " " + action + " (" + buttons + ")";
    }
}
