package org.innovatorpassport.templates.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One version of an assurance template, e.g. DTAC version 2. A change to a template makes a new
 * version; an assessment keeps the version it was made against. Its functions are pure: they read
 * answers (by criterion code) and decisions against the rules held in the template's data.
 *
 * @param effectiveFrom the first day this version is the one in force
 */
public record Template(String id, String version, String title, LocalDate effectiveFrom, List<Section> sections,
                       PassRule passRule) {

    public Template {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(passRule, "passRule");
        sections = List.copyOf(sections);
    }

    /** Every criterion, in template order. */
    public List<Criterion> criteria() {
        return sections.stream().flatMap(s -> s.criteria().stream()).toList();
    }

    public Optional<Criterion> criterion(String code) {
        return criteria().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Section> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /**
     * The criteria that apply given these answers, in template order: those without a condition, and
     * those whose condition's criterion applies and is answered with a value it names.
     */
    public List<Criterion> applicable(Map<String, Answer> answers) {
        Set<String> applying = new HashSet<>();
        List<Criterion> result = new ArrayList<>();
        for (Criterion criterion : criteria()) {
            Condition condition = criterion.condition();
            if (condition == null
                    || applying.contains(condition.criterion()) && condition.holdsFor(answers.get(condition.criterion()))) {
                applying.add(criterion.code());
                result.add(criterion);
            }
        }
        return List.copyOf(result);
    }

    /**
     * The problems with these answers, by criterion code, in template order; empty when there are
     * none. Answers to criteria that do not apply are ignored; answers to unknown codes are problems.
     * Whether an answer is good enough (e.g. a CVSS score of 7.0 or more) is for the assessor, not this.
     */
    public Map<String, String> validate(Map<String, Answer> answers) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Criterion criterion : applicable(answers)) {
            criterion.problemWith(answers.get(criterion.code())).ifPresent(p -> problems.put(criterion.code(), p));
        }
        Set<String> known = criteria().stream().map(Criterion::code).collect(Collectors.toSet());
        for (String code : answers.keySet()) {
            if (!known.contains(code)) {
                problems.put(code, "There is no question " + code + " in " + title);
            }
        }
        return problems;
    }

    /**
     * Reads an assessor's decisions (by criterion code) against the pass rule: passed when every
     * applicable, required criterion of every section the rule names is MET; with the score of every
     * scored section. Answers are expected to have passed {@link #validate(Map)}.
     */
    public PassOutcome evaluate(Map<String, Answer> answers, Map<String, Decision> decisions) {
        Set<String> applying = applicable(answers).stream().map(Criterion::code).collect(Collectors.toSet());
        List<String> outstanding = new ArrayList<>();
        for (String sectionCode : passRule.sectionsToMeet()) {
            Section section = section(sectionCode).orElseThrow(() -> new IllegalStateException(
                    id + " " + version + ": the pass rule names no section " + sectionCode));
            section.criteria().stream()
                    .filter(c -> c.required() && applying.contains(c.code()))
                    .filter(c -> decisions.get(c.code()) != Decision.MET)
                    .forEach(c -> outstanding.add(c.code()));
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        sections.stream().filter(Section::scored)
                .forEach(s -> scores.put(s.code(), s.score(applying, answers, decisions)));
        return new PassOutcome(outstanding.isEmpty(), outstanding, scores);
    }

    /**
     * What this version changed since an earlier version of the same template, by criterion code in
     * this version's order: a criterion it adds, or one whose question, rules or evidence differ. A
     * decision made against the earlier version does not vouch for these; the rest it still does.
     */
    public Map<String, String> changedSince(Template earlier) {
        Map<String, String> changed = new LinkedHashMap<>();
        if (earlier.version.equals(version) && earlier.id.equals(id)) {
            return changed;
        }
        for (Criterion criterion : criteria()) {
            Optional<Criterion> before = earlier.criterion(criterion.code());
            if (before.isEmpty()) {
                changed.put(criterion.code(), "New in " + title);
            } else if (!before.get().equals(criterion)) {
                changed.put(criterion.code(), "Changed in " + title + " since version " + earlier.version);
            }
        }
        return changed;
    }

    /** The evidence these answers call for, by criterion code, in template order. */
    public Map<String, List<EvidenceRequirement>> evidenceNeeded(Map<String, Answer> answers) {
        Map<String, List<EvidenceRequirement>> needed = new LinkedHashMap<>();
        for (Criterion criterion : applicable(answers)) {
            List<EvidenceRequirement> evidence = criterion.evidenceFor(answers.get(criterion.code()));
            if (!evidence.isEmpty()) {
                needed.put(criterion.code(), evidence);
            }
        }
        return needed;
    }
}
