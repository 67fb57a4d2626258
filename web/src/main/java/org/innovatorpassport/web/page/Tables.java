package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

import java.util.List;

/**
 * NHS.UK tables and summary lists. Cells arrive as markup (a tag, a link) so the caller escapes
 * every value it puts in them; headers, captions and keys are plain text and escaped here.
 */
final class Tables {

    private Tables() {
    }

    /**
     * A responsive table: on a narrow screen each row stacks, with each cell labelled by its header
     * (hidden from screen readers, which already announce the header), so nothing scrolls sideways.
     */
    static String table(String caption, List<String> headers, List<List<String>> rows) {
        StringBuilder head = new StringBuilder();
        for (String header : headers) {
            head.append("<th scope=\"col\" class=\"nhsuk-table__header\" role=\"columnheader\">").append(text(header)).append("</th>");
        }
        StringBuilder body = new StringBuilder();
        for (List<String> row : rows) {
            body.append("<tr class=\"nhsuk-table__row\" role=\"row\">");
            for (int i = 0; i < row.size(); i++) {
                body.append("<td class=\"nhsuk-table__cell\" role=\"cell\"><span class=\"nhsuk-table__heading\" aria-hidden=\"true\">")
                        .append(i < headers.size() ? text(headers.get(i)) : "").append(" </span><span>").append(row.get(i))
                        .append("</span></td>");
            }
            body.append("</tr>\n");
        }
        return """
                <table class="nhsuk-table nhsuk-table--responsive" role="table">
                  <caption class="nhsuk-table__caption nhsuk-table__caption--s">%s</caption>
                  <thead class="nhsuk-table__head" role="rowgroup"><tr class="nhsuk-table__row" role="row">%s</tr></thead>
                  <tbody class="nhsuk-table__body" role="rowgroup">
                %s
                  </tbody>
                </table>
                """.formatted(text(caption), head, body);
    }

    /** A table, or a sentence saying there is nothing to list. */
    static String tableOrNone(String caption, List<String> headers, List<List<String>> rows, String none) {
        return rows.isEmpty() ? "<p>" + text(none) + "</p>" : table(caption, headers, rows);
    }

    /** Summary list rows: each row is a key (plain text) and a value (markup). */
    static String summary(List<String[]> rows) {
        StringBuilder out = new StringBuilder("<dl class=\"nhsuk-summary-list\">");
        for (String[] row : rows) {
            out.append("<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">").append(text(row[0]))
                    .append("</dt><dd class=\"nhsuk-summary-list__value\">").append(row[1]).append("</dd></div>");
        }
        return out.append("</dl>\n").toString();
    }

    /** Text whose line breaks matter (an address), escaped, with each line kept. */
    static String lines(String value) {
        return text(value).replace("\r\n", "\n").replace("\n", "<br>");
    }

    static String[] row(String key, String valueHtml) {
        return new String[] {key, valueHtml};
    }

    /** A bulleted list of plain-text items. */
    static String bullets(List<String> items) {
        StringBuilder out = new StringBuilder("<ul class=\"nhsuk-list nhsuk-list--bullet\">");
        for (String item : items) {
            out.append("<li>").append(text(item)).append("</li>");
        }
        return out.append("</ul>").toString();
    }

    static String link(String href, String words) {
        return "<a href=\"" + text(href) + "\">" + text(words) + "</a>";
    }

    /** A link whose words alone would be ambiguous in a table ("View"), with hidden words saying which. */
    static String link(String href, String words, String hiddenWords) {
        return "<a href=\"" + text(href) + "\">" + text(words) + "<span class=\"nhsuk-u-visually-hidden\"> "
                + text(hiddenWords) + "</span></a>";
    }
}
