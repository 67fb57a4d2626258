package org.innovatorpassport.it.pages;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.jsoup.select.Elements;

/**
 * A page as the server sent it, with what a person reads on it: title, heading, success banner, error
 * summary, summary lists, tables and forms, read by the ids and classes the NHS.UK markup of the pages uses.
 */
final class Page {
    private final String method;
    private final URI uri;
    private final int status;
    private final String contentType;
    private final String html;
    private Document document;
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

    /** The page as a browser parses it (jsoup's HTML5 parser), parsed once when first read. */
    Document document() {
        if (document == null) {
            document = Jsoup.parse(html, uri.toString());
        }
        return document;
    }

    String title() {
        return wordsOfFirst("title");
    }

    /** The words of the first {@code h1}. */
    String heading() {
        return wordsOfFirst("h1");
    }

    /** What the main content says, as one line of words; the whole page when it has no main content. */
    String text() {
        Element main = document().getElementById("maincontent");
        return Words.in(main != null ? main : document());
    }

    /** The NHS.UK error summary, or "" when the page shows none. */
    String errorSummary() {
        return wordsOfFirst("div.nhsuk-error-summary");
    }

    /** The heading of the green success banner, or "" when there is none. */
    String banner() {
        return wordsOfFirst("p.nhsuk-notification-banner__heading");
    }

    /** The text of the element with this id. */
    Optional<String> textOf(String id) {
        return Optional.ofNullable(document().getElementById(id)).map(Words::in);
    }

    /** The value of a summary-list row by its key ("Status", "Verification code"), as text. */
    Optional<String> summary(String key) {
        return summaryValue(key).map(Words::in);
    }

    /** The value ({@code dd}) of a summary-list row by its key, for what its words alone do not say. */
    Optional<Element> summaryValue(String key) {
        for (Element row : document().select("div.nhsuk-summary-list__row")) {
            Element dt = row.selectFirst("dt.nhsuk-summary-list__key");
            if (dt != null && Words.in(dt).equals(key)) {
                return Optional.ofNullable(row.selectFirst("dd.nhsuk-summary-list__value"));
            }
        }
        return Optional.empty();
    }

    /** A table row: each cell's words by its column header, and the row itself for its links. */
    record Row(Map<String, String> cells, Element row) {

        String cell(String header) {
            String cell = cells.get(header);
            if (cell == null) {
                throw new AssertionError("no column " + header + " in " + cells.keySet());
            }
            return cell;
        }

        boolean links(String href) {
            return linksTo(row, href);
        }
    }

    /** The body rows of the table with this caption; empty when the page shows no such table. */
    List<Row> table(String caption) {
        for (Element table : document().select("table")) {
            Element found = table.selectFirst("> caption");
            if (found == null || !Words.in(found).equals(caption)) {
                continue;
            }
            List<String> headers = table.select("> thead > tr > th").stream().map(Words::in).toList();
            List<Row> rows = new ArrayList<>();
            for (Element tr : table.select("> tbody > tr")) {
                Map<String, String> cells = new LinkedHashMap<>();
                Elements tds = tr.select("> td");
                for (int i = 0; i < tds.size(); i++) {
                    cells.put(i < headers.size() ? headers.get(i) : "column " + (i + 1), Words.in(tds.get(i)));
                }
                rows.add(new Row(cells, tr));
            }
            return rows;
        }
        return List.of();
    }

    /** Whether a link on the page leads to exactly this address. */
    boolean links(String href) {
        return linksTo(document(), href);
    }

    private static boolean linksTo(Element within, String href) {
        return within.select("a[href]").stream().anyMatch(a -> a.attr("href").equals(href));
    }

    List<HtmlForm> forms() {
        if (forms == null) {
            forms = document().select("form").stream().map(form -> HtmlForm.of((FormElement) form)).toList();
        }
        return forms;
    }

    /**
     * The one form posting to an action whose path ends with this one (the sign-out form of the header
     * never does); an upload form's address also carries the anti-forgery token in its query.
     */
    HtmlForm formTo(String actionEnding) {
        return form("the form posting to …" + actionEnding, f -> path(f.action()).endsWith(actionEnding));
    }

    private static String path(String action) {
        return action.replaceAll("\\?.*$", "");
    }

    HtmlForm form(String what, Predicate<HtmlForm> test) {
        List<HtmlForm> found = forms().stream().filter(test).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + what + " but found " + found.size() + " among " + forms() + " on " + describe());
        }
        return found.get(0);
    }

    List<HtmlForm> formsTo(String actionEnding) {
        return forms().stream().filter(f -> path(f.action()).endsWith(actionEnding)).toList();
    }

    /**
     * The questions the submission page lists under "What is still needed" with what each needs:
     * criterion code to message, in page order. Each item links its code to the question
     * ({@code <a href="#criterion-…">C1.1</a>: message}); an item without that link is kept under its
     * words, so that a problem the page shows is never lost to a change of markup.
     */
    Map<String, String> answerProblems() {
        Map<String, String> problems = new LinkedHashMap<>();
        Element details = document().select("details.nhsuk-details").stream()
                .filter(d -> {
                    String words = Words.in(d);
                    return words.contains("need an answer or a correction") || words.contains("needs an answer or a correction");
                })
                .findFirst().orElse(null);
        if (details == null) {
            return problems;
        }
        for (Element item : details.select("li")) {
            Element code = item.selectFirst("> a[href^=#criterion-]");
            if (code == null) {
                problems.put(Words.in(item), "");
            } else {
                problems.put(Words.in(code), item.ownText().replaceFirst("^\\s*:", "").trim());
            }
        }
        return problems;
    }

    /** The titles of the documents the warning "Evidence still needed" asks for; empty when there is no such warning. */
    List<String> evidenceStillNeeded() {
        return document().select("div.nhsuk-card--warning").stream()
                .filter(card -> Words.in(card).contains("Evidence still needed"))
                .findFirst()
                .map(card -> card.select("li").stream().map(Words::in).toList())
                .orElse(List.of());
    }

    /** The NHS.UK task list (the supplier's checklist): each item's words and its status ("Completed", "Not started"). */
    Map<String, String> taskList() {
        Map<String, String> items = new LinkedHashMap<>();
        for (Element item : document().select("li.nhsuk-task-list__item")) {
            items.put(wordsOfFirst(item, "div.nhsuk-task-list__name-and-hint"), wordsOfFirst(item, "div.nhsuk-task-list__status"));
        }
        return items;
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

    /** The words of the first element the selector finds, or "" when the page has none. */
    private String wordsOfFirst(String selector) {
        return wordsOfFirst(document(), selector);
    }

    private static String wordsOfFirst(Element within, String selector) {
        Element found = within.selectFirst(selector);
        return found == null ? "" : Words.in(found);
    }

    @Override
    public String toString() {
        return describe();
    }
}
