package org.innovatorpassport.web.page;

/**
 * What a page controller answers: the template to render and the one typed model it takes. The
 * controller never touches markup; {@link ViewWriter} renders the template.
 */
public record View(String template, Object model) {

    public View {
        if (!template.endsWith(".jte")) {
            template = template + ".jte";
        }
    }
}
