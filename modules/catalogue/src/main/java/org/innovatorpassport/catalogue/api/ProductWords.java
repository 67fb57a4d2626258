package org.innovatorpassport.catalogue.api;

import java.util.Collection;

/**
 * The words for each choice of a product attribute ({@link ProductDetails}'s enumerations), as a buyer in
 * the NHS or a patient would say them: pages, listings and the search facets all use these.
 */
public final class ProductWords {

    private ProductWords() {
    }

    public static String label(Enum<?> value) {
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

    public static String labels(Collection<? extends Enum<?>> values) {
        return values.isEmpty() ? "None" : String.join(", ", values.stream().map(ProductWords::label).toList());
    }
}
