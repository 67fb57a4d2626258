package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

/** Messages that stand out from the page: a success banner after a change, a warning callout. */
final class Notices {

    private Notices() {
    }

    static String success(String message) {
        if (message == null) {
            return "";
        }
        return """
                <div class="nhsuk-notification-banner nhsuk-notification-banner--success" role="alert"
                     aria-labelledby="nhsuk-notification-banner-title" data-module="nhsuk-notification-banner">
                  <div class="nhsuk-notification-banner__header">
                    <h2 class="nhsuk-notification-banner__title" id="nhsuk-notification-banner-title">Success</h2>
                  </div>
                  <div class="nhsuk-notification-banner__content">
                    <p class="nhsuk-notification-banner__heading">%s</p>
                  </div>
                </div>
                """.formatted(text(message));
    }

    /**
     * A warning callout; {@code bodyHtml} is markup, so the caller escapes what it puts in. Its heading
     * is an h2 wherever it sits, which never skips a level.
     */
    static String warning(String heading, String bodyHtml) {
        return """
                <div class="nhsuk-card nhsuk-card--warning">
                  <div class="nhsuk-card__content">
                    <h2 class="nhsuk-card__heading nhsuk-heading-s"><span class="nhsuk-u-visually-hidden">Important: </span>%s</h2>
                    %s
                  </div>
                </div>
                """.formatted(text(heading), bodyHtml);
    }

    static String inset(String bodyHtml) {
        return "<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: </span>" + bodyHtml + "</div>";
    }
}
