package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Roles;

/** The page shell: NHS.UK header with the navigation this user may follow, main content, footer. */
public final class Layout {

    private Layout() {
    }

    public static String page(String title, Optional<Caller> caller, String content) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>%s – Innovator Passport</title>
                  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
                  <meta name="theme-color" content="#005eb8">
                  <link rel="icon" href="/assets/images/favicon.ico" sizes="48x48">
                  <link rel="stylesheet" href="/assets/nhsuk-frontend.min.css">
                </head>
                <body>
                  <a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
                  <header class="nhsuk-header" role="banner">
                    <div class="nhsuk-header__container nhsuk-width-container">
                      <div class="nhsuk-header__service">
                        <a class="nhsuk-header__service-logo" href="/" aria-label="Innovator Passport homepage">
                          <span class="nhsuk-header__service-name">Innovator Passport</span>
                        </a>
                      </div>
                      %s
                    </div>
                    <nav class="nhsuk-header__navigation" aria-label="Menu">
                      <div class="nhsuk-header__navigation-container nhsuk-width-container">
                        <ul class="nhsuk-header__navigation-list">
                %s
                        </ul>
                      </div>
                    </nav>
                  </header>
                  <div class="nhsuk-width-container">
                    <main class="nhsuk-main-wrapper" id="maincontent">
                %s
                    </main>
                  </div>
                  <footer class="nhsuk-footer" role="contentinfo">
                    <div class="nhsuk-width-container">
                      <div class="nhsuk-footer__meta">
                        <h2 class="nhsuk-u-visually-hidden">Support links</h2>
                        <ul class="nhsuk-footer__list">
                          <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/health-store">Health Store</a></li>
                          <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/verify">Verify a passport</a></li>
                          <li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="/openapi">API description</a></li>
                        </ul>
                        <p class="nhsuk-body-s">Innovator Passport: assurance evidence submitted once, relied on by many.</p>
                      </div>
                    </div>
                  </footer>
                </body>
                </html>
                """.formatted(text(title), account(caller), navigation(caller), content);
    }

    private static String account(Optional<Caller> caller) {
        if (caller.isEmpty()) {
            return """
                    <nav class="nhsuk-header__account" aria-label="Account">
                      <ul class="nhsuk-header__account-list">
                        <li class="nhsuk-header__account-item"><a class="nhsuk-header__account-link" href="/login">Sign in</a></li>
                      </ul>
                    </nav>""";
        }
        return """
                <nav class="nhsuk-header__account" aria-label="Account">
                  <ul class="nhsuk-header__account-list">
                    <li class="nhsuk-header__account-item">%s, %s</li>
                    <li class="nhsuk-header__account-item">
                      <form method="post" action="/logout"><button class="nhsuk-header__account-button" type="submit">Sign out</button></form>
                    </li>
                  </ul>
                </nav>""".formatted(text(caller.get().displayName()), text(caller.get().organisationName()));
    }

    private static String navigation(Optional<Caller> caller) {
        List<String[]> links = new ArrayList<>();
        links.add(new String[] {"/health-store", "Health Store"});
        caller.ifPresent(c -> {
            if (c.hasRole(Roles.SUPPLIER)) {
                links.add(new String[] {"/supplier", "Your organisation"});
            }
            if (c.hasRole(Roles.ASSESSOR)) {
                links.add(new String[] {"/assessor", "Submissions to review"});
            }
            if (c.hasRole(Roles.TRUST)) {
                links.add(new String[] {"/trust", "Assured products"});
            }
        });
        StringBuilder items = new StringBuilder();
        for (String[] link : links) {
            items.append("          <li class=\"nhsuk-header__navigation-item\"><a class=\"nhsuk-header__navigation-link\" href=\"")
                    .append(link[0]).append("\">").append(text(link[1])).append("</a></li>\n");
        }
        return items.toString();
    }
}
