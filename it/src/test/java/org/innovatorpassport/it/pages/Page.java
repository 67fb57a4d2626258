package org.innovatorpassport.it.pages;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innovatorpassport.it.pages.Markup.Element;

/**
 * A page as the server sent it, with what a person reads on it: title, heading, success banner, error
 * summary, summary lists, tables and forms, read by the ids and classes the NHS.UK markup of the pages uses.
 */
final class Page {
    private static final Pattern ANSWER_PROBLEM = Pattern.compile(
            "<li><a href=\"#criterion-[^\"]*\">([^<]+)</a>:\\s*([^<]*)</li>");

    private final String method;
    private final URI uri;
    private final int status;
    private final String contentType;
    private final String html;
    private List<HtmlForm> forms;

    Page(String method, URI uri, int status, String contentType, String html) {
        this.method = method;
        this.uri = uri;
        this.status = status;
        this.contentType = contentType;
        this.html = html;
    }

    URI uri() {
        return uri;
    }

    String path() {
        return uri.getPath();
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    String html() {
        return html;
    }

    String title() {
        return Markup.byTag(html, "title").stream().findFirst().map(Element::text).orElse("");
    }

    /** The words of the first {@code h1}. */
    String heading() {
        return Markup.byTag(html, "h1").stream().findFirst().map(Element::text).orElse("");
    }

    /** What the main content says, as one line of words. */
    String text() {
        return Markup.byId(html, "maincontent").map(Element::text).orElseGet(() -> Markup.text(html));
    }

    /** The NHS.UK error summary, or "" when the page shows none. */
    String errorSummary() {
        return Markup.byClass(html, "div", "nhsuk-error-summary").map(Element::text).orElse("");
    }

    /** The heading of the green success banner, or "" when there is none. */
    String banner() {
        return Markup.byClass(html, "p", "nhsuk-notification-banner__heading").map(Element::text).orElse("");
    }

    /** The text of the element with this id. */
    Optional<String> textOf(String id) {
        return Markup.byId(html, id).map(Element::text);
    }

    /** The value of a summary-list row by its key ("Status", "Verification code"), as text. */
    Optional<String> summary(String key) {
        return summaryHtml(key).map(Markup::text);
    }

    /** The markup of a summary-list row's value. */
    Optional<String> summaryHtml(String key) {
        for (Element row : Markup.elements(html, t -> !t.closing() && t.name().equals("div") && t.hasClass("nhsuk-summary-list__row"))) {
            Optional<Element> dt = Markup.byClass(row.inner(), "dt", "nhsuk-summary-list__key");
            if (dt.isPresent() && dt.get().text().equals(key)) {
                return Markup.byClass(row.inner(), "dd", "nhsuk-summary-list__value").map(Element::inner);
            }
        }
        return Optional.empty();
    }

    /** A table row: each cell's words by its column header, and the row's markup for its links. */
    record Row(Map<String, String> cells, String html) {

        String cell(String header) {
            String cell = cells.get(header);
            if (cell == null) {
                throw new AssertionError("no column " + header + " in " + cells.keySet());
            }
            return cell;
        }

        boolean links(String href) {
            return html.contains("href=\"" + href + "\"");
        }
    }

    /** The body rows of the table with this caption; empty when the page shows no such table. */
    List<Row> table(String caption) {
        for (Element table : Markup.byTag(html, "table")) {
            Optional<Element> found = Markup.byTag(table.inner(), "caption").stream().findFirst();
            if (found.isEmpty() || !found.get().text().equals(caption)) {
                continue;
            }
            List<String> headers = Markup.byTag(table.inner(), "th").stream().map(Element::text).toList();
            String body = Markup.byTag(table.inner(), "tbody").stream().findFirst().map(Element::inner).orElse("");
            List<Row> rows = new ArrayList<>();
            for (Element tr : Markup.byTag(body, "tr")) {
                Map<String, String> cells = new LinkedHashMap<>();
                List<Element> tds = Markup.byTag(tr.inner(), "td");
                for (int i = 0; i < tds.size(); i++) {
                    cells.put(i < headers.size() ? headers.get(i) : "column " + (i + 1), tds.get(i).text());
                }
                rows.add(new Row(cells, tr.inner()));
            }
            return rows;
        }
        return List.of();
    }

    boolean links(String href) {
        return html.contains("href=\"" + href + "\"");
    }

    List<HtmlForm> forms() {
        if (forms == null) {
            forms = HtmlForm.all(html);
        }
        return forms;
    }

    /** The one form posting to an action that ends with this path (the sign-out form of the header never does). */
    HtmlForm formTo(String actionEnding) {
        return form("the form posting to …" + actionEnding, f -> f.action().endsWith(actionEnding));
    }

    HtmlForm form(String what, Predicate<HtmlForm> test) {
        List<HtmlForm> found = forms().stream().filter(test).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + what + " but found " + found.size() + " among " + forms() + " on " + describe());
        }
        return found.get(0);
    }

    List<HtmlForm> formsTo(String actionEnding) {
        return forms().stream().filter(f -> f.action().endsWith(actionEnding)).toList();
    }

    /**
     * The questions the submission page lists under "What is still needed" with what each needs:
     * criterion code to message, in page order.
     */
    Map<String, String> answerProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<Element> details = Markup.elements(html, t -> !t.closing() && t.name().equals("details") && t.hasClass("nhsuk-details"))
                .stream().filter(d -> d.text().contains("need an answer or a correction") || d.text().contains("needs an answer or a correction"))
                .findFirst();
        if (details.isEmpty()) {
            return problems;
        }
        Matcher m = ANSWER_PROBLEM.matcher(details.get().inner());
        while (m.find()) {
            problems.put(Markup.unescape(m.group(1)).trim(), Markup.unescape(m.group(2)).trim());
        }
        return problems;
    }

    /** The titles of the documents the warning "Evidence still needed" asks for; empty when there is no such warning. */
    List<String> evidenceStillNeeded() {
        return Markup.elements(html, t -> !t.closing() && t.name().equals("div") && t.hasClass("nhsuk-card--warning")).stream()
                .filter(card -> card.text().contains("Evidence still needed"))
                .findFirst()
                .map(card -> Markup.byTag(card.inner(), "li").stream().map(Element::text).toList())
                .orElse(List.of());
    }

    /** What a failure message needs to say about this page: where it is, how it answered and what it says is wrong. */
    String describe() {
        String problem = errorSummary();
        return method + " " + uri + " answered " + status + " (" + contentType + ") titled '" + title() + "'"
                + (problem.isEmpty() ? "" : "; error summary: " + problem)
                + (problem.isEmpty() && status >= 400 ? "; page says: " + abbreviate(text(), 600) : "");
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    @Override
    public String toString() {
        return describe();
    }
}
