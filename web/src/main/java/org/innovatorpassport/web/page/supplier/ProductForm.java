package org.innovatorpassport.web.page.supplier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innovatorpassport.catalogue.api.ProductDetails.DeviceClass;
import org.innovatorpassport.catalogue.api.ProductDetails.IntendedUsers;
import org.innovatorpassport.catalogue.api.ProductDetails.Marking;
import org.innovatorpassport.catalogue.api.ProductDetails.NiceTier;
import org.innovatorpassport.catalogue.api.ProductDetails.Platform;
import org.innovatorpassport.catalogue.api.ProductDetails.PricingModel;
import org.innovatorpassport.catalogue.api.ProductDetails.Standard;
import org.innovatorpassport.catalogue.api.ProductDetails;
import org.innovatorpassport.catalogue.api.ProductWords;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.web.page.Choice;
import org.innovatorpassport.web.page.ErrorSummary;
import org.innovatorpassport.web.page.FormInput;

/**
 * The fields that describe a product version, for creating, changing and versioning a product: read
 * from a posted form into {@link ProductDetails} (an unknown choice reads as none, so the catalogue's
 * own constraints ask for it), and given back to the form with what was typed and what is wrong.
 */
public record ProductForm(ProductDetails details, Map<String, String> errors) {
    static final List<String> ORDER = List.of("name", "version", "summary", "intendedPurpose", "intendedUsers", "careSettings",
            "conditions", "platforms", "deviceClass", "marking", "niceTier", "standards", "pricingModel");
    private static final ProductDetails BLANK = new ProductDetails("", "", "", "", null, Set.of(), Set.of(), Set.of(), null, null,
            null, Set.of(), null);

    static ProductForm of(ProductDetails typed, Problem problem) {
        return new ProductForm(typed == null ? BLANK : typed, problem == null ? Map.of() : problem.fieldErrors());
    }

    static ErrorSummary summary(Problem problem) {
        return ErrorSummary.of(problem, ORDER, field -> ORDER.contains(field) ? field : null);
    }

    static ProductDetails read(FormInput form) {
        return new ProductDetails(form.text("name"), form.text("version"), form.text("summary"), form.text("intendedPurpose"),
                one(IntendedUsers.class, form.text("intendedUsers")), lines(form.text("careSettings")),
                lines(form.text("conditions")), all(Platform.class, form.all("platforms")),
                one(DeviceClass.class, form.text("deviceClass")), one(Marking.class, form.text("marking")),
                one(NiceTier.class, form.text("niceTier")), all(Standard.class, form.all("standards")),
                one(PricingModel.class, form.text("pricingModel")));
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The choices of one of the product's enumerations, in the words people use. */
    public static List<Choice> choices(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> new Choice(v.name(), ProductWords.label(v))).toList();
    }

    public static List<String> chosen(Enum<?> value) {
        return value == null ? List.of() : List.of(value.name());
    }

    public static List<String> chosen(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    private static <E extends Enum<E>> E one(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> Set<E> all(Class<E> type, List<String> values) {
        Set<E> chosen = new LinkedHashSet<>();
        values.forEach(v -> {
            E constant = one(type, v);
            if (constant != null) {
                chosen.add(constant);
            }
        });
        return chosen;
    }

    /**
     * A suggestion for the next version number: the last number in it plus one ("2.1" becomes "2.2"), or
     * nothing when it has no number, so the supplier types one.
     */
    static String nextVersion(String version) {
        java.util.regex.Matcher last = java.util.regex.Pattern.compile("(\\d+)(\\D*)$").matcher(version);
        if (!last.find()) {
            return "";
        }
        return version.substring(0, last.start(1)) + new java.math.BigInteger(last.group(1)).add(java.math.BigInteger.ONE) + last.group(2);
    }

    /** Care settings and conditions: one per line or comma-separated, in the order given, without repeats. */
    static Set<String> lines(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("[,\\r\\n]+")) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return new LinkedHashSet<>(parts);
    }
}
