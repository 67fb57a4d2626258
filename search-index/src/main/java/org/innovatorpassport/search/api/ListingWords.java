package org.innovatorpassport.search.api;

import java.util.Arrays;
import org.innovatorpassport.assurance.api.PassportStatus;
import org.innovatorpassport.catalogue.api.ProductDetails;
import org.innovatorpassport.catalogue.api.ProductWords;

/** The words for each facet of the catalogue search and for each of its values, as pages show them. */
public final class ListingWords {

    private ListingWords() {
    }

    public static String facet(String facet) {
        return switch (facet) {
            case "conditions" -> "Condition";
            case "careSettings" -> "Care setting";
            case "intendedUsers" -> "Intended users";
            case "passportStatus" -> "Passport status";
            case "niceTier" -> "NICE evidence standards tier";
            case "deviceClass" -> "Medical device class";
            case "standards" -> "Interoperability standard";
            case "platforms" -> "Platform";
            case "trustsRelying" -> "Trusts relying on its passport";
            case "trustsAdopting" -> "Trusts that have adopted it";
            case "regions" -> "Regions of the trusts relying on it or using it";
            default -> facet;
        };
    }

    public static String value(String facet, String value) {
        return switch (facet) {
            case "intendedUsers" -> enumLabel(ProductDetails.IntendedUsers.class, value);
            case "niceTier" -> enumLabel(ProductDetails.NiceTier.class, value);
            case "deviceClass" -> enumLabel(ProductDetails.DeviceClass.class, value);
            case "standards" -> enumLabel(ProductDetails.Standard.class, value);
            case "platforms" -> enumLabel(ProductDetails.Platform.class, value);
            case "passportStatus" -> passportStatus(value);
            case "trustsRelying", "trustsAdopting" -> "none".equals(value) ? "None yet" : value;
            default -> value;
        };
    }

    /** A listing without a passport, or whose passport cannot be relied on, is never called assured. */
    public static String passportStatus(String value) {
        if (value == null || "NONE".equals(value)) {
            return "Not assured: no passport";
        }
        return Arrays.stream(PassportStatus.values()).filter(s -> s.name().equals(value)).findFirst()
                .map(s -> switch (s) {
                    case ISSUED -> "Assured: passport issued";
                    case EXPIRING -> "Assured: passport expiring soon";
                    case EXPIRED -> "Not assured: passport expired";
                    case SUSPENDED -> "Not assured: passport suspended";
                    case REVOKED -> "Not assured: passport revoked";
                    case SUPERSEDED -> "Not assured: passport superseded";
                }).orElse(value);
    }

    private static <E extends Enum<E>> String enumLabel(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .map(ProductWords::label).orElse(value);
    }
}
