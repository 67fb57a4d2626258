package org.innovatorpassport.web.fhir;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.innovatorpassport.assurance.api.DirectorySearch;
import org.innovatorpassport.assurance.api.DirectorySearch.NameMatch;

/**
 * The search parameters of a directory search, checked. {@code name} matches the start of a name,
 * {@code name:contains} any part and {@code name:exact} all of it, ignoring case; {@code _lastUpdated}
 * takes the eq, ge, gt, le and lt prefixes; {@code _count} (0 to {@value #MAX_COUNT}) and
 * {@code _offset} page the result. A parameter the directory does not know is refused rather than
 * ignored, so that a client never mistakes an unfiltered answer for a filtered one.
 */
record DirectoryQuery(String name, NameMatch match, LastUpdated lastUpdated, int offset, int count) {
    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 100;
    /** Deeper pages would make the database skip ever more rows; a client narrows the search instead. */
    static final int MAX_OFFSET = 10_000;

    /** Parses the query string of a search of a resource type that supports {@code _lastUpdated} or not. */
    static DirectoryQuery parse(Map<String, List<String>> parameters, boolean byLastUpdated) {
        String name = null;
        NameMatch match = NameMatch.STARTS_WITH;
        LastUpdated lastUpdated = LastUpdated.ANY;
        int offset = 0;
        int count = DEFAULT_COUNT;
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String key = parameter.getKey();
            List<String> values = parameter.getValue();
            switch (key) {
                case "name", "name:contains", "name:exact" -> {
                    if (name != null || values.size() != 1 || values.get(0).isBlank()) {
                        throw FhirRefusal.invalid("Give one name to search for");
                    }
                    name = values.get(0).trim();
                    if (name.length() > 200) {
                        throw FhirRefusal.invalid("A name to search for is 200 characters or fewer");
                    }
                    match = key.equals("name") ? NameMatch.STARTS_WITH
                            : key.equals("name:contains") ? NameMatch.CONTAINS : NameMatch.EXACT;
                }
                case "_lastUpdated" -> {
                    if (!byLastUpdated) {
                        throw new FhirRefusal(400, "not-supported", "This resource type cannot be searched by _lastUpdated");
                    }
                    for (String value : values) {
                        lastUpdated = lastUpdated.and(value.trim());
                    }
                }
                case "_count" -> count = number(key, values, 0, MAX_COUNT);
                case "_offset" -> offset = number(key, values, 0, MAX_OFFSET);
                case "_format" -> values.forEach(DirectoryQuery::json);
                default -> throw new FhirRefusal(400, "not-supported", "Unknown search parameter " + key
                        + "; this directory is searched by " + (byLastUpdated ? "name, _lastUpdated" : "name")
                        + ", _count and _offset");
            }
        }
        return new DirectoryQuery(name, match, lastUpdated, offset, count);
    }

    DirectorySearch search() {
        return new DirectorySearch(name, match, lastUpdated.from(), lastUpdated.before(), offset, count);
    }

    private static int number(String key, List<String> values, int min, int max) {
        if (values.size() != 1) {
            throw FhirRefusal.invalid("Give " + key + " once");
        }
        try {
            int n = Integer.parseInt(values.get(0).trim());
            if (n < min || n > max) {
                throw FhirRefusal.invalid(key + " must be from " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw FhirRefusal.invalid(key + " must be a whole number from " + min + " to " + max);
        }
    }

    private static void json(String format) {
        if (!Set.of("json", "application/json", "application/fhir+json", "application/fhir json").contains(format.trim())) {
            throw new FhirRefusal(406, "not-supported", "This directory answers in JSON only (_format=json)");
        }
    }
}
