package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.innovatorpassport.platform.api.Problem;

/**
 * NHS.UK frontend form markup written once: every page builds its forms from these, so labels are
 * always tied to their inputs, groups of choices always sit in a fieldset with a legend, and an error
 * always shows both in the summary and beside its field.
 */
final class Forms {

    private Forms() {
    }

    /** A string safe to use in an id: criterion codes such as {@code C1.2} become {@code C1-2}. */
    static String key(String value) {
        return value == null ? "" : value.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /**
     * The error summary for a refusal: each field error links to the control that {@code anchor} names
     * (null when the page has no such control), in the order of {@code fieldOrder}; a refusal without
     * field errors shows its detail.
     */
    static String errorSummary(Problem problem, List<String> fieldOrder, Function<String, String> anchor) {
        if (problem == null) {
            return "";
        }
        StringBuilder items = new StringBuilder();
        List<Map.Entry<String, String>> errors = new ArrayList<>(problem.fieldErrors().entrySet());
        errors.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> position(fieldOrder, e.getKey()))
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, String> error : errors) {
            String id = anchor.apply(error.getKey());
            items.append(id == null ? "<li>" + text(error.getValue()) + "</li>"
                    : "<li><a href=\"#" + text(id) + "\">" + text(error.getValue()) + "</a></li>");
        }
        if (errors.isEmpty()) {
            items.append("<li>").append(text(problem.detail())).append("</li>");
        }
        return """
                <div class="nhsuk-error-summary" data-module="nhsuk-error-summary" tabindex="-1">
                  <div role="alert">
                    <h2 class="nhsuk-error-summary__title">There is a problem</h2>
                    <div class="nhsuk-error-summary__body">
                      <ul class="nhsuk-list nhsuk-error-summary__list">%s</ul>
                    </div>
                  </div>
                </div>
                """.formatted(items);
    }

    private static int position(List<String> order, String field) {
        int at = order == null ? -1 : order.indexOf(field);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    static Map<String, String> errors(Problem problem) {
        return problem == null ? Map.of() : problem.fieldErrors();
    }

    /** The page title, marked so a screen reader hears at once that the form was refused. */
    static String title(String title, Problem problem) {
        return problem == null ? title : "Error: " + title;
    }

    static String input(Control c, String value, String attributes) {
        return input(c, value, attributes, null);
    }

    /** A text input narrowed to its expected length, e.g. {@code nhsuk-input--width-10} for a date or code. */
    static String input(Control c, String value, String attributes, String widthClass) {
        return group(c, label(c) + hint(c) + message(c)
                + "<input class=\"nhsuk-input" + (widthClass == null ? "" : " " + widthClass)
                + (c.hasError() ? " nhsuk-input--error" : "") + "\" id=\"" + text(c.id())
                + "\" name=\"" + text(c.name()) + "\" type=\"text\" value=\"" + text(value) + "\"" + c.describedBy()
                + (attributes == null ? "" : " " + attributes) + ">");
    }

    static String password(Control c, String autocomplete) {
        return group(c, label(c) + hint(c) + message(c)
                + "<input class=\"nhsuk-input" + (c.hasError() ? " nhsuk-input--error" : "") + "\" id=\"" + text(c.id())
                + "\" name=\"" + text(c.name()) + "\" type=\"password\" autocomplete=\"" + text(autocomplete) + "\""
                + c.describedBy() + ">");
    }

    static String textarea(Control c, String value, int rows) {
        return group(c, label(c) + hint(c) + message(c)
                + "<textarea class=\"nhsuk-textarea" + (c.hasError() ? " nhsuk-textarea--error" : "") + "\" id=\""
                + text(c.id()) + "\" name=\"" + text(c.name()) + "\" rows=\"" + rows + "\"" + c.describedBy() + ">"
                + text(value) + "</textarea>");
    }

    static String select(Control c, List<Choice> choices, String selected) {
        StringBuilder options = new StringBuilder();
        for (Choice choice : choices) {
            options.append("<option value=\"").append(text(choice.value())).append('"')
                    .append(choice.value().equals(selected) ? " selected" : "").append('>')
                    .append(text(choice.label())).append("</option>");
        }
        return group(c, label(c) + hint(c) + message(c)
                + "<select class=\"nhsuk-select" + (c.hasError() ? " nhsuk-select--error" : "") + "\" id=\""
                + text(c.id()) + "\" name=\"" + text(c.name()) + "\"" + c.describedBy() + ">" + options + "</select>");
    }

    static String file(Control c, String accept) {
        return "<div class=\"nhsuk-form-group nhsuk-file-upload" + (c.hasError() ? " nhsuk-form-group--error" : "") + "\">"
                + label(c) + hint(c) + message(c)
                + "<input class=\"nhsuk-file-upload__input\" id=\"" + text(c.id()) + "\" name=\"" + text(c.name())
                + "\" type=\"file\" accept=\"" + text(accept) + "\"" + c.describedBy() + "></div>";
    }

    static String radios(Control c, List<Choice> choices, String selected, boolean inline) {
        return choices(c, "radio", "nhsuk-radios" + (inline ? " nhsuk-radios--inline" : ""), choices,
                selected == null ? List.of() : List.of(selected));
    }

    static String checkboxes(Control c, List<Choice> choices, Collection<String> selected) {
        return choices(c, "checkbox", "nhsuk-checkboxes", choices, selected);
    }

    /** One checkbox on its own (a yes to one statement), labelled by the statement. */
    static String checkbox(String id, String name, String labelHtml, boolean checked) {
        return """
                <div class="nhsuk-form-group"><div class="nhsuk-checkboxes nhsuk-checkboxes--small"><div class="nhsuk-checkboxes__item">
                <input class="nhsuk-checkboxes__input" id="%s" name="%s" type="checkbox" value="yes"%s>
                <label class="nhsuk-label nhsuk-checkboxes__label" for="%s">%s</label>
                </div></div></div>
                """.formatted(text(id), text(name), checked ? " checked" : "", text(id), labelHtml);
    }

    static String hidden(String name, Object value) {
        return "<input type=\"hidden\" name=\"" + text(name) + "\" value=\"" + text(value) + "\">";
    }

    /** A submit button; {@code labelHtml} is markup (so it may carry visually hidden words): escape what goes in it. */
    static String button(String labelHtml) {
        return "<button class=\"nhsuk-button\" type=\"submit\" data-module=\"nhsuk-button\">" + labelHtml + "</button>";
    }

    static String secondaryButton(String labelHtml) {
        return "<button class=\"nhsuk-button nhsuk-button--secondary\" type=\"submit\" data-module=\"nhsuk-button\">"
                + labelHtml + "</button>";
    }

    static String warningButton(String labelHtml) {
        return "<button class=\"nhsuk-button nhsuk-button--warning\" type=\"submit\" data-module=\"nhsuk-button\">"
                + labelHtml + "</button>";
    }

    /** A link that looks like a button, for starting something on another page. */
    static String buttonLink(String href, String label) {
        return "<a href=\"" + text(href) + "\" role=\"button\" draggable=\"false\" class=\"nhsuk-button\" data-module=\"nhsuk-button\">"
                + text(label) + "</a>";
    }

    /** A form holding only a button (start, submit, renew): posts to {@code action}. */
    static String action(String action, String buttonHtml) {
        return "<form method=\"post\" action=\"" + text(action) + "\" novalidate>" + buttonHtml + "</form>";
    }

    private static String choices(Control c, String type, String classes, List<Choice> choices, Collection<String> selected) {
        StringBuilder items = new StringBuilder();
        String prefix = "checkbox".equals(type) ? "nhsuk-checkboxes" : "nhsuk-radios";
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            String id = i == 0 ? c.id() : c.id() + "-" + (i + 1);
            items.append("<div class=\"").append(prefix).append("__item\"><input class=\"").append(prefix)
                    .append("__input\" id=\"").append(text(id)).append("\" name=\"").append(text(c.name()))
                    .append("\" type=\"").append(type).append("\" value=\"").append(text(choice.value())).append('"')
                    .append(selected.contains(choice.value()) ? " checked" : "").append("><label class=\"nhsuk-label ")
                    .append(prefix).append("__label\" for=\"").append(text(id)).append("\">").append(text(choice.label()))
                    .append("</label></div>");
        }
        return group(c, "<fieldset class=\"nhsuk-fieldset\"" + c.describedBy() + ">"
                + "<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">" + text(c.label()) + "</legend>"
                + hint(c) + message(c) + "<div class=\"" + classes + "\">" + items + "</div></fieldset>");
    }

    private static String group(Control c, String content) {
        return "<div class=\"nhsuk-form-group" + (c.hasError() ? " nhsuk-form-group--error" : "") + "\">" + content + "</div>\n";
    }

    private static String label(Control c) {
        return "<label class=\"nhsuk-label\" for=\"" + text(c.id()) + "\">" + text(c.label()) + "</label>";
    }

    private static String hint(Control c) {
        return c.hasHint() ? "<div class=\"nhsuk-hint\" id=\"" + text(c.hintId()) + "\">" + text(c.hint()) + "</div>" : "";
    }

    private static String message(Control c) {
        return c.hasError() ? "<span class=\"nhsuk-error-message\" id=\"" + text(c.errorId())
                + "\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> " + text(c.error()) + "</span>" : "";
    }
}
