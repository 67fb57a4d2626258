package org.innovatorpassport.search.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The orders a catalogue search can be given; ties always fall back to relevance, then to the product id. */
public enum ListingSort {
    RELEVANCE("Relevance"), MOST_RELIED_ON("Most relied on"), RECENTLY_ASSURED("Recently assured");

    private final String label;

    ListingSort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The name used in addresses: {@code relevance}, {@code most-relied-on}, {@code recently-assured}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ListingSort> ofParameter(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Optional.of(RELEVANCE);
        }
        return Arrays.stream(values()).filter(s -> s.parameter().equalsIgnoreCase(parameter.trim())).findFirst();
    }
}
