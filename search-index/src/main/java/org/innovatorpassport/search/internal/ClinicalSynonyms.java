package org.innovatorpassport.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checked-in clinical synonym list ({@code search/clinical-synonyms.txt}), applied when a query
 * is built: "t2dm" is also searched as "type 2 diabetes" and "diabetes". It lives in the application
 * rather than in an Elasticsearch synonym filter because the Elasticsearch distribution we run (the
 * integ-test-zip on Maven Central) has no analysis-common module, so no synonym filter.
 */
final class ClinicalSynonyms {
    static final String LIST = "search/clinical-synonyms.txt";
    /** Enough for a query naming two conditions; more would only slow the search down. */
    static final int MAX_ALTERNATIVES = 8;

    private final List<List<String>> groups;

    ClinicalSynonyms(List<List<String>> groups) {
        this.groups = groups.stream().map(g -> g.stream().map(ClinicalSynonyms::fold).toList()).toList();
    }

    static ClinicalSynonyms load() {
        InputStream in = ClinicalSynonyms.class.getClassLoader().getResourceAsStream(LIST);
        if (in == null) {
            throw new UncheckedIOException(new IOException(LIST + " is missing from the search-index module"));
        }
        List<List<String>> groups = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.trim().startsWith("#")) {
                    groups.add(Arrays.stream(line.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClinicalSynonyms(groups);
    }

    /** Lower case without accents, spaces collapsed: how queries and synonyms are compared. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /**
     * The query said other ways: each synonym found in it (longest first, never two overlapping)
     * replaced by each other term of its group. The query itself is not among them.
     */
    List<String> alternatives(String query) {
        String folded = fold(query);
        record Found(List<String> group, String term, int start, int end) {
        }
        List<Found> found = new ArrayList<>();
        for (List<String> group : groups) {
            for (String term : group) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(term) + "(?![\\p{L}\\p{N}])").matcher(folded);
                while (m.find()) {
                    found.add(new Found(group, term, m.start(), m.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt((Found f) -> f.end() - f.start()).reversed());
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            if (kept.stream().noneMatch(k -> f.start() < k.end() && k.start() < f.end())) {
                kept.add(f);
            }
        }
        Set<String> alternatives = new LinkedHashSet<>();
        for (Found f : kept) {
            for (String other : f.group()) {
                if (!other.equals(f.term()) && alternatives.size() < MAX_ALTERNATIVES) {
                    alternatives.add(folded.substring(0, f.start()) + other + folded.substring(f.end()));
                }
            }
        }
        alternatives.remove(folded);
        return List.copyOf(alternatives);
    }
}
