package org.innovatorpassport.web.page.supplier;

import java.util.List;
import java.util.Map;
import org.innovatorpassport.catalogue.api.PatientListing;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.FormInput;

/**
 * The plain-English Health Store listing of a product version, as its supplier writes it: read from a
 * posted form into {@link PatientListing}, whose constraints say what is wrong, and given back with
 * what was typed.
 */
public record ListingForm(PatientListing listing, Map<String, String> errors) {
    static final List<String> ORDER = List.of("whatItDoes", "whoItIsFor", "howToGetIt", "costToPatient", "dataUsed",
            "dataStorage", "accessibility");
    private static final PatientListing BLANK = new PatientListing("", "", "", "", "", "", "");

    static ListingForm of(PatientListing typed, Problem problem) {
        return new ListingForm(typed == null ? BLANK : typed, problem == null ? Map.of() : problem.fieldErrors());
    }

    static ErrorSummary summary(Problem problem) {
        return ErrorSummary.of(problem, ORDER, field -> ORDER.contains(field) ? field : null);
    }

    static PatientListing read(FormInput form) {
        return new PatientListing(form.text("whatItDoes"), form.text("whoItIsFor"), form.text("howToGetIt"),
                form.text("costToPatient"), form.text("dataUsed"), form.text("dataStorage"), form.text("accessibility"));
    }

    public String error(String field) {
        return errors.get(field);
    }
}
