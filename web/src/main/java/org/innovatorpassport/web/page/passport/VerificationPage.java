package org.innovatorpassport.web.page.passport;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.innovatorpassport.assurance.api.Passports;
import org.innovatorpassport.assurance.api.Verification;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.Paths;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;

/**
 * Anyone can check a passport by its code: valid or not, and why, with what it covers by name. The
 * evidence documents themselves are never shown here; they stay with the supplier, assessors and trusts.
 */
@Path("/verify")
@Produces(Replies.HTML)
public class VerificationPage {
    private static final int MAX_CODE = 64;

    /** The form to type a code into, with what was typed and why it was refused. */
    public record CodeScreen(Shell shell, String typed, ErrorSummary summary, Map<String, String> errors) {
    }

    /** The verdict on a code: a verification, or, when no passport has that code, why not. */
    public record VerdictScreen(Shell shell, String code, Verification verification, String notValidBecause) {
    }

    @Inject
    Passports passports;

    @Inject
    Callers callers;

    /** The form is a GET, so a check is a plain link that can be bookmarked or shared. */
    @GET
    @PermitAll
    public Response form(@QueryParam("code") String code) {
        if (code == null) {
            return Replies.page(200, codeForm(null, ""));
        }
        String trimmed = code.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_CODE) {
            Problem problem = Problem.invalid("code", trimmed.isEmpty() ? "Enter the verification code"
                    : "A verification code is " + MAX_CODE + " characters or fewer");
            return Replies.page(problem.status(), codeForm(problem, trimmed));
        }
        return Replies.seeOther("/verify/" + Paths.segment(trimmed));
    }

    @GET
    @Path("{code}")
    @PermitAll
    public Response verify(@PathParam("code") String code) {
        try {
            Verification v = passports.verify(code);
            String verdict = v.valid() ? "Valid" : "Not valid";
            return Replies.page(200, new View("passport/verdict", new VerdictScreen(
                    Shell.of(verdict + ": passport " + v.code(), callers.current()), v.code(), v, null)));
        } catch (RuntimeException e) {
            Problem refused = Replies.refusal(e);
            return Replies.page(refused.status(), new View("passport/verdict", new VerdictScreen(
                    Shell.of("Not valid: passport " + code, callers.current()), code, null, refused.detail())));
        }
    }

    private View codeForm(Problem problem, String typed) {
        return new View("passport/verify", new CodeScreen(Shell.of("Verify a passport", callers.current(), problem), typed,
                ErrorSummary.of(problem, List.of("code"), f -> "code"), problem == null ? Map.of() : problem.fieldErrors()));
    }
}
