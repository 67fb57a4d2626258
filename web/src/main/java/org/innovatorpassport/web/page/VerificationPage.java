package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.assurance.api.Verification;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;

/**
 * Anyone can check a passport by its code: valid or not, and why, with what it covers by name. The
 * evidence documents themselves are never shown here; they stay with the supplier, assessors and trusts.
 */
@Path("/verify")
@Produces(Replies.HTML)
public class VerificationPage {
    private static final int MAX_CODE = 64;

    @Inject
    Passports passports;

    @Inject
    Callers callers;

    /** The form is a GET, so a check is a plain link that can be bookmarked or shared. */
    @GET
    @PermitAll
    public Response form(@QueryParam("code") String code) {
        if (code == null) {
            return Replies.page(200, render(null, ""));
        }
        String trimmed = code.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_CODE) {
            Problem problem = Problem.invalid("code", trimmed.isEmpty() ? "Enter the verification code"
                    : "A verification code is " + MAX_CODE + " characters or fewer");
            return Replies.page(problem.status(), render(problem, trimmed));
        }
        return Replies.seeOther("/verify/" + URLEncoder.encode(trimmed, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @GET
    @Path("{code}")
    @PermitAll
    public Response verify(@PathParam("code") String code) {
        try {
            return Replies.page(200, result(passports.verify(code)));
        } catch (RuntimeException e) {
            Problem refused = Replies.refusal(e);
            return Replies.page(refused.status(), notValid(code, refused.detail()));
        }
    }

    private String render(Problem problem, String typed) {
        return Layout.page(Forms.title("Verify a passport", problem), callers.current(), """
                <div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
                %s
                <h1>Verify a passport</h1>
                <p>Check that an innovator passport is genuine and still valid.</p>
                <form method="get" action="/verify" novalidate>
                %s%s
                </form>
                </div></div>
                """.formatted(Forms.errorSummary(problem, List.of("code"), f -> "code"),
                Forms.input(Control.of("code", "Verification code").hint("As printed on the passport or its certificate")
                        .errorFrom(Forms.errors(problem), "code"), typed, "spellcheck=\"false\" autocomplete=\"off\""),
                Forms.button("Check passport")));
    }

    private String result(Verification v) {
        List<String[]> rows = new ArrayList<>();
        rows.add(Tables.row("Status", text(v.status())));
        rows.add(Tables.row("Product", text(v.productName())));
        rows.add(Tables.row("Version", text(v.productVersion())));
        rows.add(Tables.row("Supplier", text(v.supplierName())));
        rows.add(Tables.row("Issued", text(Dates.day(v.issuedOn()))));
        rows.add(Tables.row("Expires", text(Dates.day(v.expiresOn()))));
        rows.add(Tables.row("Evidence covered", v.evidenceCovered() == null || v.evidenceCovered().isEmpty() ? "None listed"
                : Tables.bullets(v.evidenceCovered())));
        rows.add(Tables.row("Signature", v.signature().valid() ? text(v.signature().summary())
                : Tags.tag("Not valid", "red") + " " + text(v.signature().summary())));
        if (v.signature().jws() != null) {
            rows.add(Tables.row("Signed passport", Tables.link("/api/verify/" + URLEncoder.encode(v.code(), StandardCharsets.UTF_8)
                    + "/signed", "Download it to check offline") + " with the keys at "
                    + Tables.link("/.well-known/jwks.json", "/.well-known/jwks.json")));
        }
        String verdict = v.valid() ? "Valid" : "Not valid";
        return Layout.page(verdict + ": passport " + v.code(), callers.current(),
                "<span class=\"nhsuk-caption-l\">Passport " + text(v.code()) + "</span>"
                        + "<h1 id=\"verdict\">" + verdict + "</h1>"
                        + "<p class=\"nhsuk-lede-text\">" + (v.valid() ? Tags.tag("Valid", "green") : Tags.tag("Not valid", "red"))
                        + " " + text(v.reason()) + "</p>"
                        + Tables.summary(rows) + "<p><a href=\"/verify\">Check another passport</a></p>");
    }

    private String notValid(String code, String why) {
        return Layout.page("Not valid: passport " + code, callers.current(),
                "<span class=\"nhsuk-caption-l\">Passport " + text(code) + "</span><h1 id=\"verdict\">Not valid</h1>"
                        + "<p class=\"nhsuk-lede-text\">" + Tags.tag("Not valid", "red") + " " + text(why) + "</p>"
                        + "<p>Check the code against the passport certificate and try again.</p>"
                        + "<p><a href=\"/verify\">Check another passport</a></p>");
    }
}
