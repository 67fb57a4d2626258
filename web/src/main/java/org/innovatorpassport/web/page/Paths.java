package org.innovatorpassport.web.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Values written into the paths of links, such as a verification code. */
public final class Paths {

    private Paths() {
    }

    /** A value as one segment of a path, with a space as %20 (a path is not a form). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A value of a query parameter, as a form would send it. */
    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
