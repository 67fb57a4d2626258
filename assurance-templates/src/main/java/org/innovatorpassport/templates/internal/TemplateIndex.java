package org.innovatorpassport.templates.internal;

import jakarta.json.JsonString;
import java.util.List;

/**
 * The contents of {@code templates/index.json}: the evidence type file and every template file to
 * load, named relative to {@code templates/}.
 */
record TemplateIndex(String evidenceTypesFile, List<String> templateFiles) {

    static final String FILE = "index.json";

    static TemplateIndex read(TemplateResources resources) {
        JsonFields index = new JsonFields(resources.readObject(FILE), TemplateResources.FOLDER + FILE)
                .allowing("evidenceTypes", "templates");
        List<String> files = index.list("templates", value -> {
            if (!(value instanceof JsonString name)) {
                throw index.invalid("templates", "file names are expected");
            }
            return name.getString();
        });
        return new TemplateIndex(index.text("evidenceTypes"), files);
    }
}
