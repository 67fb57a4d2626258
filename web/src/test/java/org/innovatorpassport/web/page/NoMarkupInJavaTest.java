package org.innovatorpassport.web.page;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Markup belongs in templates, where it is escaped for its context. This fails the build when a Java
 * source of the web module writes an HTML tag in a string literal (comments do not count).
 */
class NoMarkupInJavaTest {
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<]*)?/?>|<!--|<!DOCTYPE", Pattern.CASE_INSENSITIVE);

    @Test
    void noJavaSourceOfTheWebModuleHoldsAnHtmlTag() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String literal : JavaLiterals.of(Files.readString(source))) {
                    if (TAG.matcher(literal).find()) {
                        found.add(source + ": " + literal);
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), "HTML in Java string literals (move it to a template):\n" + String.join("\n", found));
    }

    @Test
    void theCheckFindsATagInALiteralButNotInAComment() {
        String planted = "/** a {@code <form>} */ class A { String s = \"<p class=\\\"x\\\">\"; String t = \"\"\"\n  <div>\n  \"\"\"; // <br>\n}";
        List<String> literals = JavaLiterals.of(planted);
        assertTrue(literals.stream().filter(l -> TAG.matcher(l).find()).count() == 2, literals.toString());
    }
}
