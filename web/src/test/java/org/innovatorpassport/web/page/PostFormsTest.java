package org.innovatorpassport.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every form that changes something is written by components/postForm.jte, the one place that gives
 * it what proves it came from this site; a template that writes its own POST form fails the build.
 */
class PostFormsTest {

    @Test
    void onlyThePostFormComponentWritesAPostForm() throws IOException {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
            List<String> own = templates.filter(p -> p.toString().endsWith(".jte"))
                    .filter(p -> !p.endsWith(Path.of("components", "postForm.jte")))
                    .filter(p -> read(p).toLowerCase(Locale.ROOT).replace(" ", "").contains("method=\"post\""))
                    .map(Path::toString).toList();
            assertEquals(List.of(), own, "use @template.components.postForm(...) for these forms");
        }
    }

    @Test
    void aPostFormCarriesTheTokenOfItsRequest() {
        FormToken.set("t0ken");
        try {
            var form = Rendered.component("components/postForm", java.util.Map.of("action", "/x",
                    "content", (gg.jte.Content) output -> output.writeContent("<button>Go</button>")));
            assertEquals("t0ken", form.selectFirst("form input[name=csrf]").val());
        } finally {
            FormToken.set(null);
        }
        assertEquals(0, Rendered.component("components/postForm", java.util.Map.of("action", "/x",
                "content", (gg.jte.Content) output -> output.writeContent(""))).select("input").size());
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
