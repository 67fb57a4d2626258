package org.innovatorpassport.assurance.internal.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.innovatorpassport.templates.api.Answer;

/** The supplier's current answer to one criterion. */
@Entity
@Table(name = "answer")
@IdClass(AnswerRecord.Key.class)
public class AnswerRecord {
    @Id
    @Column(name = "submission_id")
    public UUID submissionId;
    @Id
    @Column(name = "criterion_code")
    public String criterionCode;
    public String value;
    @Column(name = "not_applicable")
    public boolean notApplicable;
    public String justification;
    @Column(name = "changed_at")
    public Instant changedAt;

    public Answer answer() {
        return new Answer(criterionCode, value, notApplicable, justification);
    }

    public boolean sameAs(Answer other) {
        return java.util.Objects.equals(blankToNull(value), blankToNull(other.value())) && notApplicable == other.notApplicable()
                && java.util.Objects.equals(blankToNull(justification), blankToNull(other.justification()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The composite key JPA needs: one answer per criterion per submission. */
    public static class Key implements Serializable {
        public UUID submissionId;
        public String criterionCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(submissionId, k.submissionId)
                    && java.util.Objects.equals(criterionCode, k.criterionCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(submissionId, criterionCode);
        }
    }
}
