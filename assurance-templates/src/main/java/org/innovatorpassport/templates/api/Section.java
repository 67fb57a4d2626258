package org.innovatorpassport.templates.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A part of a template with its accountable reviewer role (e.g. DTAC C1, reviewed by a
 * {@code CLINICAL_SAFETY_OFFICER}). A scored section yields points; a section required for pass must
 * have every applicable, required criterion met. A context section (DTAC A and B) is neither.
 */
public record Section(String code, String title, boolean scored, boolean requiredForPass, String reviewerRole,
                      List<Criterion> criteria) {

    public Section {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reviewerRole, "reviewerRole");
        criteria = List.copyOf(criteria);
    }

    /**
     * Points available from the applicable, scored criteria not answered "not applicable", and points
     * achieved from those the reviewer decided are met.
     */
    Score score(Set<String> applicable, Map<String, Answer> answers, Map<String, Decision> decisions) {
        int achieved = 0;
        int available = 0;
        for (Criterion criterion : criteria) {
            Answer answer = answers.get(criterion.code());
            if (!criterion.scored() || !applicable.contains(criterion.code())
                    || (answer != null && answer.notApplicable())) {
                continue;
            }
            available += criterion.maxPoints();
            if (decisions.get(criterion.code()) == Decision.MET) {
                achieved += criterion.pointsFor(answer);
            }
        }
        return new Score(achieved, available);
    }
}
