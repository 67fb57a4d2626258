package org.innovatorpassport.web.page.account;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.innovatorpassport.onboarding.api.Onboarding;
import org.innovatorpassport.onboarding.api.Registration;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.FormInput;
import org.innovatorpassport.web.page.Replies;
import org.innovatorpassport.web.page.Shell;
import org.innovatorpassport.web.page.View;

/** A supplier registers its organisation and becomes its first user, then signs in. */
@Path("/register")
@Produces(Replies.HTML)
public class SupplierRegistrationPage {
    static final List<String> FIELDS = List.of("legalName", "companiesHouseNumber", "registeredAddress", "icoNumber",
            "dsptOdsCode", "contactName", "contactEmail", "contactPhone", "password");

    /** The registration form with what was typed (never the password) and the errors beside each field. */
    public record RegistrationScreen(Shell shell, FormInput typed, ErrorSummary summary, Map<String, String> errors) {
    }

    @Inject
    Onboarding onboarding;

    @Inject
    Callers callers;

    @GET
    @PermitAll
    public View form() {
        return screen(new FormInput(null), null);
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> fields) {
        FormInput form = new FormInput(fields);
        Registration registration = new Registration(form.text("legalName"), form.text("companiesHouseNumber"),
                form.text("registeredAddress"), form.text("icoNumber"), form.text("dsptOdsCode"), form.text("contactName"),
                form.text("contactEmail"), form.text("contactPhone").isEmpty() ? null : form.text("contactPhone"),
                form.raw("password"));
        return Replies.attempt(() -> {
            onboarding.register(registration);
            return Replies.seeOther("/login?next=/supplier");
        }, refused -> screen(form, refused));
    }

    private View screen(FormInput typed, Problem problem) {
        return new View("account/register", new RegistrationScreen(Shell.of("Register your organisation", callers.current(), problem),
                typed, ErrorSummary.of(problem, FIELDS, f -> FIELDS.contains(f) ? f : null),
                problem == null ? Map.of() : problem.fieldErrors()));
    }
}
