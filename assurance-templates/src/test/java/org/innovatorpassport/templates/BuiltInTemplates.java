package org.innovatorpassport.templates;

import java.time.LocalDate;
import org.innovatorpassport.templates.api.Template;
import org.innovatorpassport.templates.api.Templates;
import org.innovatorpassport.templates.internal.JsonTemplateLibrary;

/** The built-in library, loaded once for the tests of this package. */
final class BuiltInTemplates {

    static final Templates LIBRARY = JsonTemplateLibrary.loadBuiltIn();

    private BuiltInTemplates() {
    }

    static Template dtac() {
        return LIBRARY.current("dtac", LocalDate.of(2026, 11, 1));
    }

    static Template named(String id) {
        return LIBRARY.current(id, LocalDate.of(2026, 11, 1));
    }
}
