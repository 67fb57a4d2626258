package org.innovatorpassport.web.page;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Renders a view the way the server does, and reads it back as a browser would. */
final class Rendered {

    private Rendered() {
    }

    static Document page(String template, Object model) {
        return Jsoup.parse(PageTemplates.html(new View(template, model)));
    }

    static Document component(String template, java.util.Map<String, Object> parameters) {
        return Jsoup.parse(PageTemplates.html(template, parameters));
    }
}
