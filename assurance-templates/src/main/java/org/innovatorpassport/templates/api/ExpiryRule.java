package org.innovatorpassport.templates.api;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * When a piece of evidence expires. The date returned is the last day on which it is valid.
 *
 * @param months   for {@link ExpiryKind#MONTHS_FROM_ISSUE}: how many; otherwise 0
 * @param deadline for {@link ExpiryKind#NEXT_DSPT_DEADLINE}: the yearly deadline (30 June); otherwise null
 */
public record ExpiryRule(ExpiryKind kind, int months, MonthDay deadline) {

    public ExpiryRule {
        Objects.requireNonNull(kind, "kind");
        if (kind == ExpiryKind.MONTHS_FROM_ISSUE && months <= 0) {
            throw new IllegalArgumentException("MONTHS_FROM_ISSUE needs a positive number of months");
        }
        if (kind == ExpiryKind.NEXT_DSPT_DEADLINE && deadline == null) {
            throw new IllegalArgumentException("NEXT_DSPT_DEADLINE needs the deadline day");
        }
    }

    public static ExpiryRule none() {
        return new ExpiryRule(ExpiryKind.NONE, 0, null);
    }

    public static ExpiryRule monthsFromIssue(int months) {
        return new ExpiryRule(ExpiryKind.MONTHS_FROM_ISSUE, months, null);
    }

    public static ExpiryRule nextDsptDeadline(MonthDay deadline) {
        return new ExpiryRule(ExpiryKind.NEXT_DSPT_DEADLINE, 0, deadline);
    }

    public static ExpiryRule asStated() {
        return new ExpiryRule(ExpiryKind.AS_STATED, 0, null);
    }

    /**
     * The expiry date of evidence issued (or published, or tested) on {@code issuedOn} that states
     * {@code statedExpiry} (may be null); empty when it does not expire by date, or, for
     * {@link ExpiryKind#AS_STATED}, when no expiry is stated.
     *
     * <p>{@link ExpiryKind#NEXT_DSPT_DEADLINE} gives the first deadline strictly after the issue date,
     * so a DSPT published on 2025-09-01 expires on 2026-06-30, and one published on the deadline day
     * 2026-06-30 or later in 2026 expires on 2027-06-30.
     *
     * @throws IllegalArgumentException when the rule needs an issue date and none is given
     */
    public Optional<LocalDate> expiryFor(LocalDate issuedOn, LocalDate statedExpiry) {
        return switch (kind) {
            case NONE -> Optional.empty();
            case AS_STATED -> Optional.ofNullable(statedExpiry);
            case MONTHS_FROM_ISSUE -> Optional.of(needed(issuedOn).plusMonths(months));
            case NEXT_DSPT_DEADLINE -> Optional.of(nextDeadlineAfter(needed(issuedOn)));
        };
    }

    private LocalDate nextDeadlineAfter(LocalDate issuedOn) {
        LocalDate sameYear = deadline.atYear(issuedOn.getYear());
        return sameYear.isAfter(issuedOn) ? sameYear : deadline.atYear(issuedOn.getYear() + 1);
    }

    private LocalDate needed(LocalDate issuedOn) {
        if (issuedOn == null) {
            throw new IllegalArgumentException(kind + " needs the date the evidence was issued");
        }
        return issuedOn;
    }
}
