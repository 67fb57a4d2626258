package org.innovatorpassport.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.innovatorpassport.templates.api.AnswerType;
import org.innovatorpassport.templates.api.Criterion;
import org.innovatorpassport.templates.api.EvidenceRequirement;
import org.innovatorpassport.templates.api.ExpiryKind;
import org.innovatorpassport.templates.api.ExpiryRule;
import org.innovatorpassport.templates.api.Option;
import org.innovatorpassport.templates.api.Section;
import org.innovatorpassport.templates.api.Template;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every loaded template is internally consistent, and the built-in data says what the standards say. */
class TemplateConsistencyTest {

    static Stream<Named<Template>> everyTemplate() {
        return BuiltInTemplates.LIBRARY.all().stream().map(t -> Named.of(t.id() + " " + t.version(), t));
    }

    private static void assertNoProblems(Template template, List<String> problems) {
        assertTrue(problems.isEmpty(), template.id() + " " + template.version() + ": " + problems);
    }

    @ParameterizedTest
    @MethodSource("everyTemplate")
    void sectionAndCriterionCodesAreUnique(Template template) {
        List<String> sections = template.sections().stream().map(Section::code).toList();
        List<String> criteria = template.criteria().stream().map(Criterion::code).toList();

        assertEquals(sections.size(), new HashSet<>(sections).size(), "section codes " + sections);
        assertEquals(criteria.size(), new HashSet<>(criteria).size(), "criterion codes " + criteria);
    }

    @ParameterizedTest
    @MethodSource("everyTemplate")
    void everySectionHasAReviewerRoleAndCriteriaWithWrittenQuestions(Template template) {
        List<String> problems = new ArrayList<>();
        for (Section section : template.sections()) {
            if (section.reviewerRole().isBlank() || section.criteria().isEmpty()) {
                problems.add(section.code());
            }
            section.criteria().stream().filter(c -> c.question().isBlank()).forEach(c -> problems.add(c.code()));
        }
        assertNoProblems(template, problems);
    }

    @ParameterizedTest
    @MethodSource("everyTemplate")
    void everyEvidenceRequirementNamesAKnownEvidenceTypeAndValidAnswers(Template template) {
        List<String> problems = new ArrayList<>();
        for (Criterion criterion : template.criteria()) {
            for (EvidenceRequirement evidence : criterion.evidence()) {
                if (BuiltInTemplates.LIBRARY.evidenceType(evidence.evidenceType()).isEmpty()) {
                    problems.add(criterion.code() + " names unknown evidence type " + evidence.evidenceType());
                }
                if (!criterion.allowedValues().containsAll(evidence.whenAnswerIn())) {
                    problems.add(criterion.code() + " asks for evidence on answers it cannot have "
                            + evidence.whenAnswerIn());
                }
            }
        }
        assertNoProblems(template, problems);
    }

    @ParameterizedTest
    @MethodSource("everyTemplate")
    void everyConditionRefersToAnEarlierCriterionAndToValuesItCanHave(Template template) {
        List<String> problems = new ArrayList<>();
        Map<String, Criterion> earlier = new HashMap<>();
        for (Criterion criterion : template.criteria()) {
            if (criterion.condition() != null) {
                Criterion other = earlier.get(criterion.condition().criterion());
                List<String> anyOf = criterion.condition().anyOf();
                if (other == null) {
                    problems.add(criterion.code() + " depends on " + criterion.condition().criterion()
                            + ", which is not an earlier criterion");
                } else if (other.type().isChosen() ? anyOf.isEmpty() || !other.allowedValues().containsAll(anyOf)
                        : !anyOf.isEmpty()) {
                    problems.add(criterion.code() + " depends on values " + anyOf + " that "
                            + other.code() + " cannot have");
                }
            }
            earlier.put(criterion.code(), criterion);
        }
        assertNoProblems(template, problems);
    }

    @ParameterizedTest
    @MethodSource("everyTemplate")
    void choiceCriteriaHaveDistinctOptionsAndOtherCriteriaNone(Template template) {
        List<String> problems = new ArrayList<>();
        for (Criterion criterion : template.criteria()) {
            List<String> values = criterion.options().stream().map(Option::value).toList();
            boolean choice = criterion.type() == AnswerType.CHOICE || criterion.type() == AnswerType.MULTI_CHOICE;
            if (choice ? values.size() < 2 || new HashSet<>(values).size() != values.size() : !values.isEmpty()) {
                problems.add(criterion.code() + " " + criterion.type() + " options " + values);
            }
            if (values.stream().anyMatch(v -> v.contains(",") || v.isBlank())) {
                problems.add(criterion.code() + " has an option value that is blank or contains the separator");
            }
        }
        assertNoProblems(template, problems);
    }

    @ParameterizedTest
    @MethodSource("everyTemplate")
    void scoredCriteriaAreOnlyInScoredSectionsAndGivePointsForTheirOwnAnswers(Template template) {
        List<String> problems = new ArrayList<>();
        for (Section section : template.sections()) {
            if (section.scored() && section.criteria().stream().noneMatch(Criterion::scored)) {
                problems.add(section.code() + " is scored but has no scored criterion");
            }
            if (section.scored() && section.requiredForPass()) {
                problems.add(section.code() + " is both scored and required for pass");
            }
            for (Criterion criterion : section.criteria()) {
                if (criterion.scored() && !section.scored()) {
                    problems.add(criterion.code() + " is scored in unscored section " + section.code());
                }
                if (criterion.scored() != !criterion.points().isEmpty()) {
                    problems.add(criterion.code() + " has points if and only if it is scored");
                }
                if (criterion.scored() && (!criterion.type().isChosen()
                        || !criterion.allowedValues().containsAll(criterion.points().keySet())
                        || criterion.points().values().stream().anyMatch(p -> p < 0)
                        || criterion.maxPoints() == 0)) {
                    problems.add(criterion.code() + " points " + criterion.points());
                }
            }
        }
        assertNoProblems(template, problems);
    }

    @ParameterizedTest
    @MethodSource("everyTemplate")
    void formatsAndExpectationsFitTheirAnswerType(Template template) {
        List<String> problems = new ArrayList<>();
        for (Criterion criterion : template.criteria()) {
            var format = criterion.format();
            if (format.pattern() != null && criterion.type() != AnswerType.TEXT) {
                problems.add(criterion.code() + " has a pattern but is not TEXT");
            }
            if ((format.min() != null || format.max() != null || format.maxDecimals() != null)
                    && criterion.type() != AnswerType.NUMBER) {
                problems.add(criterion.code() + " has a number range but is not NUMBER");
            }
            var expectation = criterion.expectation();
            if (expectation != null) {
                if (!criterion.allowedValues().containsAll(expectation.anyOf())
                        || (expectation.below() != null && criterion.type() != AnswerType.NUMBER)
                        || (expectation.anyOf().isEmpty() && expectation.below() == null)) {
                    problems.add(criterion.code() + " expectation " + expectation);
                }
            }
        }
        assertNoProblems(template, problems);
    }

    @ParameterizedTest
    @MethodSource("everyTemplate")
    void thePassRuleNamesExactlyTheSectionsRequiredForPass(Template template) {
        Set<String> required = template.sections().stream().filter(Section::requiredForPass)
                .map(Section::code).collect(Collectors.toSet());

        assertFalse(template.passRule().sectionsToMeet().isEmpty());
        assertEquals(required, Set.copyOf(template.passRule().sectionsToMeet()));
        assertEquals(template.passRule().sectionsToMeet().size(), required.size(), "each section named once");
        assertFalse(template.passRule().summary().isBlank());
    }

    @Test
    void templateVersionsAreUniqueAndEachTakesEffectOnItsOwnDay() {
        List<Template> all = BuiltInTemplates.LIBRARY.all();

        assertEquals(all.size(), all.stream().map(t -> t.id() + "@" + t.version()).distinct().count());
        assertEquals(all.size(), all.stream().map(t -> t.id() + "@" + t.effectiveFrom()).distinct().count());
    }

    @Test
    void theBuiltInTemplatesAreTheOnesTheMarketplaceUses() {
        Set<String> loaded = BuiltInTemplates.LIBRARY.all().stream().map(t -> t.id() + "-" + t.version())
                .collect(Collectors.toSet());

        assertEquals(Set.of("dtac-2", "dspt-2025-26", "dcb0129-1", "cyber-essentials-1", "pen-test-1", "dpia-1",
                "accessibility-statement-1"), loaded);
    }

    @Test
    void everyTemplateFileIsListedInTheIndexAndNamedAfterItsIdAndVersion() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getClassLoader().getResource("templates/index.json").toURI()).getParent();
        Set<String> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        Set<String> expected = BuiltInTemplates.LIBRARY.all().stream().map(t -> t.id() + "-" + t.version() + ".json")
                .collect(Collectors.toCollection(HashSet::new));
        expected.add("index.json");
        expected.add("evidence-types.json");

        assertEquals(expected, files);
    }

    @Test
    void theEvidenceTypesAreExactlyTheAgreedCodesWithTheirExpiryRules() {
        Map<String, ExpiryRule> rules = BuiltInTemplates.LIBRARY.evidenceTypes().values().stream()
                .collect(Collectors.toMap(e -> e.code(), e -> e.expiry()));

        assertEquals(Map.ofEntries(
                Map.entry("DSPT_ASSESSMENT", ExpiryRule.nextDsptDeadline(MonthDay.of(6, 30))),
                Map.entry("CYBER_ESSENTIALS", ExpiryRule.monthsFromIssue(12)),
                Map.entry("ICO_REGISTRATION", ExpiryRule.monthsFromIssue(12)),
                Map.entry("PEN_TEST", ExpiryRule.monthsFromIssue(12)),
                Map.entry("DPIA", ExpiryRule.none()),
                Map.entry("CLINICAL_SAFETY_CASE_REPORT", ExpiryRule.none()),
                Map.entry("HAZARD_LOG", ExpiryRule.none()),
                Map.entry("CLINICAL_RISK_MANAGEMENT_PLAN", ExpiryRule.none()),
                Map.entry("ACCESSIBILITY_STATEMENT", ExpiryRule.none()),
                Map.entry("PRIVACY_NOTICE", ExpiryRule.none()),
                Map.entry("MEDICAL_DEVICE_CERTIFICATE", ExpiryRule.asStated()),
                Map.entry("OTHER", ExpiryRule.none())), rules);
        BuiltInTemplates.LIBRARY.evidenceTypes().values().forEach(e -> assertFalse(e.title().isBlank()));
        assertEquals(java.util.Set.of("DSPT_ASSESSMENT", "CYBER_ESSENTIALS", "ICO_REGISTRATION"),
                BuiltInTemplates.LIBRARY.evidenceTypes().values().stream().filter(e -> e.organisation())
                        .map(e -> e.code()).collect(Collectors.toSet()), "evidence about the organisation, held once");
    }

    @Test
    void dtacPassesOnC1ToC4AndScoresD1WithoutPassingOrFailingIt() {
        Template dtac = BuiltInTemplates.dtac();

        assertEquals(List.of("C1", "C2", "C3", "C4"), dtac.passRule().sectionsToMeet());
        Section d1 = dtac.section("D1").orElseThrow();
        assertTrue(d1.scored());
        assertFalse(d1.requiredForPass());
        for (String context : List.of("A", "B")) {
            Section section = dtac.section(context).orElseThrow();
            assertFalse(section.scored() || section.requiredForPass(), context + " is context only");
        }
    }

    @Test
    void dtacHasTheSectionsAndContextQuestionsOfVersionTwo() {
        Template dtac = BuiltInTemplates.dtac();

        assertEquals("2", dtac.version());
        assertEquals(LocalDate.of(2026, 4, 6), dtac.effectiveFrom());
        assertEquals(List.of("A", "B", "C1", "C2", "C3", "C4", "D1"),
                dtac.sections().stream().map(Section::code).toList());
        assertEquals(Stream.iterate(1, i -> i + 1).limit(12).map(i -> "A" + i).toList(), codes(dtac, "A"));
        assertEquals(List.of("B1", "B2", "B3", "B4"), codes(dtac, "B"));
        assertEquals("CLINICAL_SAFETY_OFFICER", dtac.section("C1").orElseThrow().reviewerRole());
    }

    @Test
    void theDcb0129DeclarationIsReviewedByAClinicalSafetyOfficer() {
        Template dcb0129 = BuiltInTemplates.named("dcb0129");

        assertTrue(dcb0129.sections().stream().allMatch(s -> s.reviewerRole().equals("CLINICAL_SAFETY_OFFICER")));
        Set<String> evidence = dcb0129.criteria().stream().flatMap(c -> c.evidence().stream())
                .map(EvidenceRequirement::evidenceType).collect(Collectors.toSet());
        assertEquals(Set.of("CLINICAL_SAFETY_CASE_REPORT", "HAZARD_LOG", "CLINICAL_RISK_MANAGEMENT_PLAN"), evidence);
    }

    @Test
    void expiryKindsAreAllUsedByTheEvidenceTypes() {
        Set<ExpiryKind> used = BuiltInTemplates.LIBRARY.evidenceTypes().values().stream()
                .map(e -> e.expiry().kind()).collect(Collectors.toSet());

        assertEquals(Set.of(ExpiryKind.values()), used);
    }

    private static List<String> codes(Template template, String section) {
        return template.section(section).orElseThrow().criteria().stream().map(Criterion::code).toList();
    }
}
