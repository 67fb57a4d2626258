package org.innovatorpassport.catalogue.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.innovatorpassport.catalogue.api.PassportStanding;
import org.innovatorpassport.catalogue.api.PatientListing;
import org.innovatorpassport.catalogue.api.ProductDetails.IntendedUsers;
import org.innovatorpassport.catalogue.api.ProductView;
import org.innovatorpassport.catalogue.api.StoreListing;
import org.innovatorpassport.catalogue.api.StoreShelf;

/**
 * The Health Store's publication rule and its plain search. A product is in the store when it is meant
 * for patients (not for clinicians only), its passport can be relied on today, and its supplier has
 * written a plain-English listing. The search forgives case, accents and plurals ("Inhalers" finds
 * "inhaler"); every word must match somewhere in what the listing says.
 */
final class StoreShelves {

    private StoreShelves() {
    }

    static boolean listed(ProductView product, PassportStanding passport) {
        return passport != null && product.listing() != null && product.details().intendedUsers() != IntendedUsers.CLINICIANS;
    }

    static StoreShelf shelf(List<StoreListing> inStore, String words, String condition) {
        List<String> terms = terms(words);
        List<StoreListing> matching = inStore.stream().filter(l -> matches(l, terms)).toList();
        Map<String, Long> conditions = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        matching.forEach(l -> l.product().details().conditions().forEach(c -> conditions.merge(c, 1L, Long::sum)));
        String chosen = condition == null || condition.isBlank() ? null : condition.trim();
        List<StoreListing> shown = new ArrayList<>(matching.stream().filter(l -> chosen == null
                || l.product().details().conditions().stream().anyMatch(c -> c.equalsIgnoreCase(chosen))).toList());
        shown.sort(Comparator.comparing((StoreListing l) -> l.product().details().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(l -> l.product().details().version()));
        return new StoreShelf(words == null ? "" : words.trim(), chosen == null ? "" : chosen, List.copyOf(shown), conditions);
    }

    private static boolean matches(StoreListing listing, List<String> terms) {
        if (terms.isEmpty()) {
            return true;
        }
        String text = " " + String.join(" ", terms(haystack(listing))) + " ";
        return terms.stream().allMatch(term -> text.contains(" " + term));
    }

    private static String haystack(StoreListing l) {
        PatientListing p = l.listing();
        var d = l.product().details();
        return String.join(" ", d.name(), d.summary(), String.join(" ", d.conditions()), String.join(" ", d.careSettings()),
                l.passport().supplierName(), p.whatItDoes(), p.whoItIsFor(), p.howToGetIt());
    }

    /** Lower case, without accents or punctuation, and each word without a plural ending. */
    static List<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> terms = new ArrayList<>();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                terms.add(singular(word));
            }
        }
        return terms;
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
