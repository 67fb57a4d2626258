package org.innovatorpassport.templates.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of reading an assessor's decisions against a template's pass rule.
 *
 * @param passed      whether every criterion the pass rule needs is met
 * @param outstanding the codes of those criteria not (yet) decided MET, in template order
 * @param scores      the score of each scored section, by section code, in template order
 */
public record PassOutcome(boolean passed, List<String> outstanding, Map<String, Score> scores) {

    public PassOutcome {
        outstanding = List.copyOf(outstanding);
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    public Optional<Score> score(String sectionCode) {
        return Optional.ofNullable(scores.get(sectionCode));
    }
}
