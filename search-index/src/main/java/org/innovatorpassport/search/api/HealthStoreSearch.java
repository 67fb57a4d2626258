package org.innovatorpassport.search.api;

import java.util.List;

/**
 * The public Health Store, read from the search index: only listings the catalogue admits to the store
 * (patient-facing, with a plain-English listing) whose passport can be relied on today. Words are
 * matched with typo tolerance, stemming and clinical synonyms; the condition and platforms narrow the
 * results, each facet counted under the other's selection. No caller is needed. When Elasticsearch
 * cannot answer it throws {@link SearchUnavailable}; a single listing is read from PostgreSQL by
 * {@code catalogue.api.HealthStore} and keeps working. Results come a {@link StorePage} at a time.
 */
public interface HealthStoreSearch {
    int MAX_TEXT = 200;
    /** A condition or platform is a short name; more platforms than this is not a person choosing. */
    int MAX_CHOICE = 100;
    int MAX_PLATFORMS = 10;

    StoreResults browse(String words, String condition, List<String> platforms, StorePage page);
}
