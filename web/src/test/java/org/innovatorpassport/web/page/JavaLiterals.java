package org.innovatorpassport.web.page;

import java.util.ArrayList;
import java.util.List;

/** The string literals (and text blocks) of a Java source, with comments and character literals skipped. */
final class JavaLiterals {

    private JavaLiterals() {
    }

    static List<String> of(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = end(source, "\n", i + 2);
            } else if (source.startsWith("/*", i)) {
                i = end(source, "*/", i + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                int close = source.indexOf("\"\"\"", i + 3);
                close = close < 0 ? source.length() : close;
                literals.add(source.substring(i + 3, close));
                i = close + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                StringBuilder literal = new StringBuilder();
                while (j < source.length() && source.charAt(j) != c) {
                    if (source.charAt(j) == '\\' && j + 1 < source.length()) {
                        j++;
                    }
                    literal.append(source.charAt(j));
                    j++;
                }
                if (c == '"') {
                    literals.add(literal.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int end(String source, String marker, int from) {
        int at = source.indexOf(marker, from);
        return at < 0 ? source.length() : at + marker.length();
    }
}
