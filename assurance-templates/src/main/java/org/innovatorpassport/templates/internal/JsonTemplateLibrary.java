package org.innovatorpassport.templates.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.innovatorpassport.templates.api.EvidenceType;
import org.innovatorpassport.templates.api.Template;
import org.innovatorpassport.templates.api.Templates;

/**
 * The templates and evidence types built into this module, read from the classpath once: in a
 * container when the application starts (so a broken file stops the deployment), in a plain test
 * through {@link #loadBuiltIn()}.
 */
@ApplicationScoped
public class JsonTemplateLibrary implements Templates {

    private List<Template> templates = List.of();
    private Map<String, EvidenceType> evidenceTypes = Map.of();

    /** For the container; it calls {@link #load()} before first use. */
    public JsonTemplateLibrary() {
    }

    /** A library loaded from this module's built-in files, for use outside a container. */
    public static JsonTemplateLibrary loadBuiltIn() {
        return loadFrom(JsonTemplateLibrary.class.getClassLoader());
    }

    /** A library loaded from the template files that {@code classLoader} finds under {@code templates/}. */
    static JsonTemplateLibrary loadFrom(ClassLoader classLoader) {
        JsonTemplateLibrary library = new JsonTemplateLibrary();
        library.read(new TemplateResources(classLoader));
        return library;
    }

    @PostConstruct
    void load() {
        read(new TemplateResources(JsonTemplateLibrary.class.getClassLoader()));
    }

    private void read(TemplateResources resources) {
        TemplateIndex index = TemplateIndex.read(resources);
        evidenceTypes = Collections.unmodifiableMap(EvidenceTypeJson.read(resources, index.evidenceTypesFile()));
        templates = TemplateJson.readAll(resources, index.templateFiles()).stream()
                .sorted(Comparator.comparing(Template::id).thenComparing(Template::effectiveFrom))
                .toList();
    }

    /** Loads the library when the application starts rather than at first use. */
    void loadAtStartup(@Observes Startup startup) {
        templates.size();
    }

    @Override
    public List<Template> all() {
        return templates;
    }

    @Override
    public Optional<Template> find(String id, String version) {
        return templates.stream().filter(t -> t.id().equals(id) && t.version().equals(version)).findFirst();
    }

    @Override
    public Template current(String id, LocalDate on) {
        return templates.stream()
                .filter(t -> t.id().equals(id) && !t.effectiveFrom().isAfter(on))
                .max(Comparator.comparing(Template::effectiveFrom))
                .orElseThrow(() -> new NoSuchElementException("No version of template '" + id + "' is in force on "
                        + on + "; loaded: " + versionsOf(id)));
    }

    @Override
    public Map<String, EvidenceType> evidenceTypes() {
        return evidenceTypes;
    }

    @Override
    public Optional<EvidenceType> evidenceType(String code) {
        return Optional.ofNullable(evidenceTypes.get(code));
    }

    private List<String> versionsOf(String id) {
        return templates.stream().filter(t -> t.id().equals(id))
                .map(t -> t.version() + " from " + t.effectiveFrom()).toList();
    }
}
