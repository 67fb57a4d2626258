package org.innovatorpassport.web.page;

import org.innovatorpassport.platform.api.Problem;

/** What a person sees when a page cannot be shown: what went wrong and where to go next. */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static View of(Problem problem) {
        return new View("error", problem);
    }
}
