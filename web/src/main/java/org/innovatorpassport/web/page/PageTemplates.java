package org.innovatorpassport.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

/**
 * The compiled templates of web/src/main/jte. They are Java classes built with this module, so the
 * engine only loads them; output is escaped for its HTML context unless a template says otherwise.
 */
public final class PageTemplates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            PageTemplates.class.getClassLoader(), "gg.jte.generated.precompiled");

    private PageTemplates() {
    }

    /** Renders the whole page before anything is sent, so a failure can still become an error page. */
    public static Utf8ByteOutput render(View view) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        ENGINE.render(view.template(), view.model(), output);
        return output;
    }

    /** A template that takes several parameters (a component), rendered as text. */
    public static String html(String template, java.util.Map<String, Object> parameters) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        ENGINE.render(template.endsWith(".jte") ? template : template + ".jte", parameters, output);
        return new String(output.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The page as text, for tests and for callers that need a string. */
    public static String html(View view) {
        return new String(render(view).toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
