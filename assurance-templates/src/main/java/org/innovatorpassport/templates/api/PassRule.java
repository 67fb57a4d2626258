package org.innovatorpassport.templates.api;

import java.util.List;
import java.util.Objects;

/**
 * How a template is passed: every applicable, required criterion of each named section must be
 * decided {@link Decision#MET} (DTAC: C1, C2, C3 and C4). Scored sections never decide a pass.
 */
public record PassRule(List<String> sectionsToMeet, String summary) {
    public PassRule {
        sectionsToMeet = List.copyOf(sectionsToMeet);
        Objects.requireNonNull(summary, "summary");
    }
}
