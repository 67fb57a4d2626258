package org.innovatorpassport.it.pages;

import org.jsoup.nodes.Element;

/**
 * The words a person reads in part of a page, as one line: no scripts or styles, white space
 * collapsed (a text area's or a preformatted block's lines too). The words a responsive table
 * repeats in each cell for small screens ({@code span.nhsuk-table__heading}, hidden from assistive
 * technology) are left out, so a cell reads as its value and not as "Status Submitted".
 */
final class Words {
    private static final String NOT_READ = "script, style, span.nhsuk-table__heading";

    private Words() {
    }

    static String in(Element element) {
        String text;
        if (element.select(NOT_READ).isEmpty()) {
            text = element.text();
        } else {
            // A copy, so that reading a page never changes what the next reader of it finds.
            Element copy = element.clone();
            copy.select(NOT_READ).remove();
            text = copy.text();
        }
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }
}
