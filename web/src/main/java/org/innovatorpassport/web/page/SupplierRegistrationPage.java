package org.innovatorpassport.web.page;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.innovatorpassport.onboarding.api.Onboarding;
import org.innovatorpassport.onboarding.api.Registration;
import org.innovatorpassport.platform.api.Callers;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.web.page.Violations.Wording;

/** A supplier registers its organisation and becomes its first user, then signs in. */
@Path("/register")
@Produces(Replies.HTML)
public class SupplierRegistrationPage {
    private static final Map<String, Wording> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("legalName", new Wording("Legal name of your organisation", "Enter the legal name of your organisation"));
        FIELDS.put("companiesHouseNumber", new Wording("Companies House number", "Enter your Companies House number"));
        FIELDS.put("registeredAddress", new Wording("Registered address", "Enter your registered address"));
        FIELDS.put("icoNumber", new Wording("ICO registration number", "Enter your ICO registration number"));
        FIELDS.put("dsptOdsCode", new Wording("ODS code of your Data Security and Protection Toolkit",
                "Enter the ODS code your DSPT is published under"));
        FIELDS.put("contactName", new Wording("Your full name", "Enter your full name"));
        FIELDS.put("contactEmail", new Wording("Your email address", "Enter your email address"));
        FIELDS.put("contactPhone", new Wording("Your phone number (optional)", null));
        FIELDS.put("password", new Wording("Create a password", "Create a password"));
    }

    @Inject
    Onboarding onboarding;

    @Inject
    Validator validator;

    @Inject
    Callers callers;

    @GET
    @PermitAll
    public String form() {
        return render(new FormInput(null), null);
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> fields) {
        FormInput form = new FormInput(fields);
        Registration registration = new Registration(form.text("legalName"), form.text("companiesHouseNumber"),
                form.text("registeredAddress"), form.text("icoNumber"), form.text("dsptOdsCode"), form.text("contactName"),
                form.text("contactEmail"), form.text("contactPhone").isEmpty() ? null : form.text("contactPhone"),
                fields.getFirst("password") == null ? "" : fields.getFirst("password"));
        Problem refused = Violations.refusal(validator.validate(registration), FIELDS);
        if (refused == null) {
            try {
                onboarding.register(registration);
                return Replies.seeOther("/login?next=/supplier");
            } catch (RuntimeException e) {
                refused = Replies.refusal(e);
            }
        }
        return Replies.page(refused.status(), render(form, refused));
    }

    private String render(FormInput typed, Problem problem) {
        Map<String, String> errors = Forms.errors(problem);
        List<String> order = List.copyOf(FIELDS.keySet());
        return Layout.page(Forms.title("Register your organisation", problem), callers.current(), """
                <div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">
                %s
                <h1>Register your organisation</h1>
                <p>Register once. Your organisation's details are reused for every product you submit for assurance,
                and you become its administrator, able to invite colleagues.</p>
                <form method="post" action="/register" novalidate>
                <h2>Your organisation</h2>
                %s%s%s%s%s
                <h2>You</h2>
                %s%s%s%s
                %s
                </form>
                <p>Already registered? <a href="/login?next=/supplier">Sign in</a>.</p>
                </div></div>
                """.formatted(Forms.errorSummary(problem, order, field -> FIELDS.containsKey(field) ? field : null),
                Forms.input(control("legalName", errors), typed.text("legalName"), "autocomplete=\"organization\""),
                Forms.input(control("companiesHouseNumber", errors).hint("8 characters, for example 01234567 or SC123456"),
                        typed.text("companiesHouseNumber"), "spellcheck=\"false\"", "nhsuk-input--width-10"),
                Forms.textarea(control("registeredAddress", errors), typed.text("registeredAddress"), 3),
                Forms.input(control("icoNumber", errors).hint("From the ICO data protection register, for example ZA123456"),
                        typed.text("icoNumber"), "spellcheck=\"false\""),
                Forms.input(control("dsptOdsCode", errors).hint("The code your DSPT assessment is published under, for example 8HA03"),
                        typed.text("dsptOdsCode"), "spellcheck=\"false\"", "nhsuk-input--width-10"),
                Forms.input(control("contactName", errors), typed.text("contactName"), "autocomplete=\"name\""),
                Forms.input(control("contactEmail", errors).hint("You will use this to sign in"), typed.text("contactEmail"),
                        "autocomplete=\"email\" spellcheck=\"false\" inputmode=\"email\""),
                Forms.input(control("contactPhone", errors), typed.text("contactPhone"), "autocomplete=\"tel\" inputmode=\"tel\""),
                Forms.password(control("password", errors).hint("At least 12 characters. For your safety it is not shown again if something needs correcting."),
                        "new-password"),
                Forms.button("Register")));
    }

    private static Control control(String field, Map<String, String> errors) {
        return Control.of(field, FIELDS.get(field).label()).errorFrom(errors, field);
    }
}
