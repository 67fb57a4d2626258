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
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

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

    /**
     * Reads a form as the HTML parser associated it: every control it owns, in page order. A disabled
     * control (or one in a disabled fieldset) and one without a name send nothing, so they are left out;
     * the pages name none of their buttons, so a button only says which form this is.
     */
    static HtmlForm of(FormElement form) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Element label : form.select("label[for]")) {
            labels.putIfAbsent(label.attr("for"), Words.in(label));
        }
        List<Control> controls = new ArrayList<>();
        List<String> buttonWords = new ArrayList<>();
        for (Element element : form.elements()) {
            if (element.nameIs("button")) {
                buttonWords.add(Words.in(element));
            } else if (!element.attr("name").isEmpty() && !disabled(element)) {
                control(element, element.id().isEmpty() ? null : labels.get(element.id())).ifPresent(controls::add);
            }
        }
        return new HtmlForm(form.attr("action"),
                form.hasAttr("method") ? form.attr("method").toUpperCase(Locale.ROOT) : "GET",
                form.hasAttr("enctype") ? form.attr("enctype").toLowerCase(Locale.ROOT) : "application/x-www-form-urlencoded",
                String.join(" | ", buttonWords), controls);
    }

    private static boolean disabled(Element element) {
        return element.hasAttr("disabled") || element.closest("fieldset[disabled]") != null;
    }

    /** The control an element is; none for an input that is a button (submit, reset, image) or an element holding no value (fieldset, output). */
    private static Optional<Control> control(Element element, String label) {
        String name = element.attr("name");
        String id = element.id().isEmpty() ? null : element.id();
        return switch (element.normalName()) {
            case "input" -> input(element, name, id, label);
            // The parser already drops the line break a browser drops straight after <textarea>.
            case "textarea" -> Optional.of(new Control(Kind.TEXTAREA, name, id, element.wholeText(), false, label, List.of()));
            case "select" -> Optional.of(select(element, name, id, label));
            default -> Optional.empty();
        };
    }

    private static Optional<Control> input(Element input, String name, String id, String label) {
        Kind kind = switch (input.attr("type").toLowerCase(Locale.ROOT)) {
            case "hidden" -> Kind.HIDDEN;
            case "password" -> Kind.PASSWORD;
            case "radio" -> Kind.RADIO;
            case "checkbox" -> Kind.CHECKBOX;
            case "file" -> Kind.FILE;
            case "submit", "button", "reset", "image" -> null;
            default -> Kind.TEXT;
        };
        if (kind == null) {
            return Optional.empty();
        }
        boolean choice = kind == Kind.RADIO || kind == Kind.CHECKBOX;
        // A radio or checkbox without a value sends "on", as a browser does.
        String value = input.hasAttr("value") ? input.attr("value") : choice ? "on" : "";
        return Optional.of(new Control(kind, name, id, value, input.hasAttr("checked"), label, List.of()));
    }

    /** A select with its options; the one chosen is the last marked selected, else the first, as a browser picks it. */
    private static Control select(Element select, String name, String id, String label) {
        List<Option> options = new ArrayList<>();
        String selected = null;
        for (Element option : select.select("option")) {
            String words = Words.in(option);
            String value = option.hasAttr("value") ? option.attr("value") : words;
            options.add(new Option(value, words));
            if (option.hasAttr("selected")) {
                selected = value;
            }
        }
        if (selected == null && !options.isEmpty()) {
            selected = options.get(0).value();
        }
        return new Control(Kind.SELECT, name, id, selected, false, label, List.copyOf(options));
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
