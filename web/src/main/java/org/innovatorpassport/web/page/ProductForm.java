package org.innovatorpassport.web.page;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.innovatorpassport.catalogue.api.ProductDetails;
import org.innovatorpassport.catalogue.api.ProductDetails.DeviceClass;
import org.innovatorpassport.catalogue.api.ProductDetails.IntendedUsers;
import org.innovatorpassport.catalogue.api.ProductDetails.Marking;
import org.innovatorpassport.catalogue.api.ProductDetails.NiceTier;
import org.innovatorpassport.catalogue.api.ProductDetails.Platform;
import org.innovatorpassport.catalogue.api.ProductDetails.PricingModel;
import org.innovatorpassport.catalogue.api.ProductDetails.Standard;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.web.page.Violations.Wording;

/**
 * The fields that describe a product version, for creating, changing and versioning a product. It
 * reads a posted form into {@link ProductDetails} (an unknown choice reads as none, so the validator
 * asks for it) and draws the form back from one, which is how what the person typed is kept.
 */
final class ProductForm {
    static final Map<String, Wording> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", new Wording("Product name", "Enter the product name"));
        FIELDS.put("version", new Wording("Version", "Enter the version number"));
        FIELDS.put("summary", new Wording("Summary", "Enter a short summary of the product"));
        FIELDS.put("intendedPurpose", new Wording("Intended purpose", "Enter the product's intended purpose"));
        FIELDS.put("intendedUsers", new Wording("Who is the product for?", "Select who the product is for"));
        FIELDS.put("careSettings", new Wording("Care settings", "Enter the care settings"));
        FIELDS.put("conditions", new Wording("Conditions", "Enter the conditions"));
        FIELDS.put("platforms", new Wording("Which platforms does it run on?", "Select the platforms"));
        FIELDS.put("deviceClass", new Wording("Is it a medical device?", "Select the medical device class"));
        FIELDS.put("marking", new Wording("Conformity marking", "Select the conformity marking"));
        FIELDS.put("niceTier", new Wording("NICE Evidence Standards Framework tier", "Select the NICE tier"));
        FIELDS.put("standards", new Wording("Which standards does it use?", "Select the standards"));
        FIELDS.put("pricingModel", new Wording("How is it priced?", "Select how the product is priced"));
    }

    static final List<String> ORDER = List.copyOf(FIELDS.keySet());

    private ProductForm() {
    }

    static ProductDetails read(FormInput form) {
        return new ProductDetails(form.text("name"), form.text("version"), form.text("summary"), form.text("intendedPurpose"),
                one(IntendedUsers.class, form.text("intendedUsers")), lines(form.text("careSettings")),
                lines(form.text("conditions")), all(Platform.class, form.all("platforms")),
                one(DeviceClass.class, form.text("deviceClass")), one(Marking.class, form.text("marking")),
                one(NiceTier.class, form.text("niceTier")), all(Standard.class, form.all("standards")),
                one(PricingModel.class, form.text("pricingModel")));
    }

    /** What is wrong with the details before the catalogue sees them, or null. */
    static Problem check(Validator validator, ProductDetails details) {
        return Violations.refusal(validator.validate(details), FIELDS);
    }

    static String anchor(String field) {
        return FIELDS.containsKey(field) ? field : null;
    }

    /** The form's fields; {@code details} may be null (a new product) or hold what was typed. */
    static String fields(ProductDetails details, Problem problem) {
        ProductDetails d = details != null ? details : new ProductDetails("", "", "", "", null, Set.of(), Set.of(), Set.of(),
                null, null, null, Set.of(), null);
        Map<String, String> errors = Forms.errors(problem);
        Function<String, Control> control = f -> Control.of(f, FIELDS.get(f).label()).errorFrom(errors, f);
        return Forms.input(control.apply("name"), d.name(), "spellcheck=\"false\"")
                + Forms.input(control.apply("version").hint("For example 2.4.1. A new version number needs a new version of the product."),
                        d.version(), "spellcheck=\"false\"", "nhsuk-input--width-10")
                + Forms.textarea(control.apply("summary").hint("One or two sentences, shown in listings"), d.summary(), 3)
                + Forms.textarea(control.apply("intendedPurpose").hint("What it does, for whom, and in which part of care"),
                        d.intendedPurpose(), 6)
                + Forms.radios(control.apply("intendedUsers"), choices(IntendedUsers.values(), ProductForm::label), name(d.intendedUsers()), false)
                + Forms.textarea(control.apply("careSettings").hint("One per line, or separated by commas, for example hospital, community, home"),
                        String.join("\n", d.careSettings()), 3)
                + Forms.textarea(control.apply("conditions").hint("One per line, or separated by commas, for example type 2 diabetes"),
                        String.join("\n", d.conditions()), 3)
                + Forms.checkboxes(control.apply("platforms").hint("Select all that apply"), choices(Platform.values(), ProductForm::label),
                        names(d.platforms()))
                + Forms.radios(control.apply("deviceClass").hint("The MHRA class, if it is software as a medical device"),
                        choices(DeviceClass.values(), ProductForm::label), name(d.deviceClass()), false)
                + Forms.radios(control.apply("marking"), choices(Marking.values(), ProductForm::label), name(d.marking()), false)
                + Forms.radios(control.apply("niceTier"), choices(NiceTier.values(), ProductForm::label), name(d.niceTier()), false)
                + Forms.checkboxes(control.apply("standards").hint("Select all that apply"), choices(Standard.values(), ProductForm::label),
                        names(d.standards()))
                + Forms.radios(control.apply("pricingModel"), choices(PricingModel.values(), ProductForm::label), name(d.pricingModel()), false);
    }

    /** The words for each choice, as a buyer in the NHS would say them. */
    static String label(Enum<?> value) {
        if (value == null) {
            return "Not stated";
        }
        return switch (value.name()) {
            case "CLINICIANS" -> "Health and care professionals";
            case "PATIENTS" -> "Patients and the public";
            case "BOTH" -> "Both";
            case "WEB" -> "Web browser";
            case "IOS" -> "iOS";
            case "ANDROID" -> "Android";
            case "WINDOWS" -> "Windows";
            case "MACOS" -> "macOS";
            case "NOT_A_DEVICE" -> "Not a medical device";
            case "CLASS_I" -> "Class I";
            case "CLASS_IIA" -> "Class IIa";
            case "CLASS_IIB" -> "Class IIb";
            case "CLASS_III" -> "Class III";
            case "NONE" -> "None";
            case "UKCA_AND_CE" -> "UKCA and CE";
            case "A" -> "Tier A: improves how the system works";
            case "B" -> "Tier B: helps people manage their own health";
            case "C" -> "Tier C: treats or diagnoses a condition, or is a medical device";
            case "HL7_V2" -> "HL7 version 2";
            case "NHS_LOGIN" -> "NHS login";
            case "NHS_NUMBER" -> "NHS number";
            case "PDS" -> "Personal Demographics Service (PDS)";
            case "SNOMED_CT" -> "SNOMED CT";
            case "FREE" -> "Free";
            case "PER_USER" -> "Per user";
            case "PER_PATIENT" -> "Per patient";
            case "PER_SITE" -> "Per site";
            case "ENTERPRISE_LICENCE" -> "Enterprise licence";
            case "OTHER" -> "Other";
            default -> value.name();
        };
    }

    static String labels(Collection<? extends Enum<?>> values) {
        return values.isEmpty() ? "None" : String.join(", ", values.stream().map(ProductForm::label).toList());
    }

    private static List<Choice> choices(Enum<?>[] values, Function<Enum<?>, String> label) {
        return Arrays.stream(values).map(v -> new Choice(v.name(), label.apply(v))).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
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
