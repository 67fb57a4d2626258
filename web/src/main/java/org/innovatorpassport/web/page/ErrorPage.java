package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

import java.util.Optional;
import org.innovatorpassport.platform.api.Problem;

/** What a person sees when a page cannot be shown: what went wrong and where to go next. */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static String render(Problem problem) {
        return Layout.page(problem.title(), Optional.empty(), """
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="/">Go to the home page</a></p>
                """.formatted(text(problem.title()), text(problem.detail())));
    }
}
