package org.innovatorpassport.templates.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of a template.
 *
 * @param code                  unique within the template, e.g. {@code C1.2}
 * @param question              the question as the supplier sees it
 * @param guidance              what a good answer contains; may be null
 * @param type                  the kind of answer
 * @param options               the choices of a CHOICE or MULTI_CHOICE criterion, otherwise empty
 * @param format                further limits on the answer ({@link AnswerFormat#NONE} for none)
 * @param required              whether it must be answered wherever it applies
 * @param notApplicableAllowed  whether "not applicable" is accepted (always with a justification)
 * @param condition             when it applies; null when it always applies
 * @param scored                whether its answer earns points towards a section score
 * @param points                points per answer value of a scored criterion, otherwise empty
 * @param evidence              the documents it asks for
 * @param expectation           what an answer must say to be met, as a hint to the assessor; may be null
 */
public record Criterion(String code, String question, String guidance, AnswerType type, List<Option> options,
                        AnswerFormat format, boolean required, boolean notApplicableAllowed, Condition condition,
                        boolean scored, Map<String, Integer> points, List<EvidenceRequirement> evidence,
                        Expectation expectation) {

    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
        format = format == null ? AnswerFormat.NONE : format;
        points = points == null ? Map.of() : Map.copyOf(points);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The values a chosen answer may take: yes and no, or the option values; empty for other types. */
    public List<String> allowedValues() {
        return switch (type) {
            case YES_NO -> List.of(AnswerType.YES, AnswerType.NO);
            case CHOICE, MULTI_CHOICE -> options.stream().map(Option::value).toList();
            default -> List.of();
        };
    }

    /** What is wrong with the answer to this criterion, assuming it applies; empty when nothing is. */
    public Optional<String> problemWith(Answer answer) {
        if (answer == null || answer.isBlank()) {
            return required ? Optional.of("Answer this question") : Optional.empty();
        }
        if (answer.notApplicable()) {
            if (!notApplicableAllowed) {
                return Optional.of("This question applies to every product: \"not applicable\" is not accepted");
            }
            return answer.hasJustification() ? Optional.empty()
                    : Optional.of("Explain why this question does not apply to your product");
        }
        return type.problemWith(answer.value().trim(), allowedValues())
                .or(() -> format.problemWith(type, answer.value()));
    }

    /** The most points this criterion can earn: the best single value, or all values of a multiple choice. */
    public int maxPoints() {
        if (type == AnswerType.MULTI_CHOICE) {
            return points.values().stream().mapToInt(p -> Math.max(0, p)).sum();
        }
        return points.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The points a (well-formed) answer earns. */
    public int pointsFor(Answer answer) {
        if (answer == null) {
            return 0;
        }
        return answer.values().stream().mapToInt(v -> points.getOrDefault(v, 0)).sum();
    }

    /** The decision the template's expectation suggests for this answer; empty when it has none to offer. */
    public Optional<Decision> suggestedDecision(Answer answer) {
        if (expectation == null) {
            return Optional.empty();
        }
        return expectation.isMetBy(answer).map(met -> met ? Decision.MET : Decision.NOT_MET);
    }

    /** The evidence this answer calls for. */
    public List<EvidenceRequirement> evidenceFor(Answer answer) {
        return evidence.stream().filter(e -> e.isAskedFor(answer)).toList();
    }

    /** The question with its code, as people refer to it and as the label of its answer: "C1.2 Is it a medical device?". */
    public String label() {
        return code + " " + question;
    }

    /** The guidance, with the format the answer must take where its type or the template states one; null when neither. */
    public String hint() {
        List<String> parts = new java.util.ArrayList<>();
        if (guidance != null && !guidance.isBlank()) {
            parts.add(guidance);
        }
        if (type == AnswerType.DATE) {
            parts.add("Enter the date as year-month-day, for example 2026-04-06.");
        } else if (type == AnswerType.NUMBER) {
            parts.add("Enter a number, for example 99.95" + (format.min() != null && format.max() != null
                    ? ", from " + format.min().toPlainString() + " to " + format.max().toPlainString() : "") + ".");
        } else if (type == AnswerType.MULTI_CHOICE) {
            parts.add("Select all that apply.");
        } else if (format.patternDescription() != null) {
            parts.add("Enter " + format.patternDescription() + ".");
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** An answer in words: option labels rather than stored values, and "not applicable" with its reason. */
    public String answerInWords(Answer answer) {
        if (answer == null || answer.isBlank()) {
            return "Not answered";
        }
        if (answer.notApplicable()) {
            return "Not applicable: " + (answer.hasJustification() ? answer.justification() : "no reason given");
        }
        if (type == AnswerType.YES_NO) {
            String value = answer.value().trim();
            return AnswerType.YES.equals(value) ? "Yes" : AnswerType.NO.equals(value) ? "No" : answer.value();
        }
        if (type == AnswerType.CHOICE || type == AnswerType.MULTI_CHOICE) {
            return String.join(", ", answer.values().stream().map(v -> options.stream().filter(o -> o.value().equals(v))
                    .map(Option::label).findFirst().orElse(v)).toList());
        }
        return answer.value();
    }
}
