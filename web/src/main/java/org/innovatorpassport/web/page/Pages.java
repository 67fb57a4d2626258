package org.innovatorpassport.web.page;

import jakarta.ws.rs.core.UriInfo;

/** Tells a page request from an API request: the API lives under {@code /api}. */
public final class Pages {

    private Pages() {
    }

    public static boolean isPage(UriInfo uri) {
        String path = uri.getPath();
        return !(path.startsWith("api/") || path.equals("api") || path.startsWith("/api"));
    }
}
