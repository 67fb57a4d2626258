package org.innovatorpassport.search.api;

import org.innovatorpassport.platform.api.Problem;

/**
 * Elasticsearch cannot answer (down, unreachable, or its index not built yet): a 503 the caller may
 * retry after {@link #RETRY_AFTER_SECONDS}. Nothing else in the application depends on search, so
 * only searching is unavailable.
 */
public class SearchUnavailable extends Problem {
    public static final int RETRY_AFTER_SECONDS = 30;

    public SearchUnavailable(Throwable cause) {
        super(503, "search-unavailable", "Search is unavailable",
                "Search is unavailable at the moment. Try again in a minute; everything else keeps working.");
        initCause(cause);
    }
}
