package org.innovatorpassport.web.page;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.innovatorpassport.platform.api.Callers;

/** The front door: what the service is and where each kind of user starts. */
@Path("/")
@PermitAll
public class HomePage {

    @Inject
    Callers callers;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String show() {
        return Layout.page("Home", callers.current(), """
                <h1>Innovator Passport</h1>
                <p class="nhsuk-lede-text">Assurance evidence for digital health products, submitted once, assessed once,
                and relied on by every NHS trust.</p>
                <div class="nhsuk-grid-row nhsuk-card-group">
                  <div class="nhsuk-grid-column-one-third nhsuk-card-group__item">
                    <div class="nhsuk-card nhsuk-card--clickable"><div class="nhsuk-card__content">
                      <h2 class="nhsuk-card__heading nhsuk-heading-m"><a class="nhsuk-card__link" href="/register">Suppliers</a></h2>
                      <p class="nhsuk-card__description">Register your organisation, describe your product and prove its assurance once.</p>
                    </div></div>
                  </div>
                  <div class="nhsuk-grid-column-one-third nhsuk-card-group__item">
                    <div class="nhsuk-card nhsuk-card--clickable"><div class="nhsuk-card__content">
                      <h2 class="nhsuk-card__heading nhsuk-heading-m"><a class="nhsuk-card__link" href="/trust">NHS trusts</a></h2>
                      <p class="nhsuk-card__description">Find assured products and rely on their passports instead of repeating DTAC.</p>
                    </div></div>
                  </div>
                  <div class="nhsuk-grid-column-one-third nhsuk-card-group__item">
                    <div class="nhsuk-card nhsuk-card--clickable"><div class="nhsuk-card__content">
                      <h2 class="nhsuk-card__heading nhsuk-heading-m"><a class="nhsuk-card__link" href="/verify">Verify a passport</a></h2>
                      <p class="nhsuk-card__description">Check a passport by its verification code.</p>
                    </div></div>
                  </div>
                </div>
                """);
    }
}
