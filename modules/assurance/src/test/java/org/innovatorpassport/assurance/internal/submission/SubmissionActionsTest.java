package org.innovatorpassport.assurance.internal.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.innovatorpassport.assurance.api.SubmissionAction;
import org.innovatorpassport.assurance.api.SubmissionStatus;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.OrganisationKind;
import org.innovatorpassport.platform.api.Roles;
import org.junit.jupiter.api.Test;

class SubmissionActionsTest {
    private static final UUID SUPPLIER = UUID.randomUUID();

    private static Submission submission(SubmissionStatus status) {
        Submission s = new Submission();
        s.status = status;
        s.supplierId = SUPPLIER;
        return s;
    }

    private static Optional<Caller> caller(String role, UUID organisation) {
        return Optional.of(new Caller(UUID.randomUUID(), "x@example.org", "X", organisation, "Org", OrganisationKind.PLATFORM, Set.of(role)));
    }

    @Test
    void theSupplierEditsAndSubmitsADraftOrAReturnedSubmissionOnly() {
        Optional<Caller> owner = caller(Roles.SUPPLIER, SUPPLIER);
        assertEquals(EnumSet.of(SubmissionAction.EDIT, SubmissionAction.SUBMIT), SubmissionActions.allowed(submission(SubmissionStatus.DRAFT), owner, false));
        assertEquals(EnumSet.of(SubmissionAction.EDIT, SubmissionAction.SUBMIT, SubmissionAction.WITHDRAW),
                SubmissionActions.allowed(submission(SubmissionStatus.RETURNED), owner, false));
        assertEquals(EnumSet.of(SubmissionAction.WITHDRAW), SubmissionActions.allowed(submission(SubmissionStatus.SUBMITTED), owner, true));
        assertEquals(EnumSet.noneOf(SubmissionAction.class), SubmissionActions.allowed(submission(SubmissionStatus.WITHDRAWN), owner, false));
        assertEquals(EnumSet.noneOf(SubmissionAction.class), SubmissionActions.allowed(submission(SubmissionStatus.PASSPORT_ISSUED), owner, false));
        assertEquals(EnumSet.noneOf(SubmissionAction.class), SubmissionActions.allowed(submission(SubmissionStatus.DRAFT), caller(Roles.SUPPLIER, UUID.randomUUID()), false));
        assertEquals(true, submission(SubmissionStatus.RETURNED).editableBySupplier());
        assertEquals(false, submission(SubmissionStatus.PASSPORT_ISSUED).editableBySupplier());
    }

    @Test
    void anAssessorDecidesAndReturnsSubmittedWorkAndIssuesOnlyWhenItPasses() {
        Optional<Caller> assessor = caller(Roles.ASSESSOR, UUID.randomUUID());
        assertEquals(EnumSet.of(SubmissionAction.DECIDE, SubmissionAction.RETURN),
                SubmissionActions.allowed(submission(SubmissionStatus.SUBMITTED), assessor, false));
        assertEquals(EnumSet.of(SubmissionAction.DECIDE, SubmissionAction.RETURN, SubmissionAction.ISSUE_PASSPORT),
                SubmissionActions.allowed(submission(SubmissionStatus.SUBMITTED), assessor, true));
        assertEquals(EnumSet.noneOf(SubmissionAction.class), SubmissionActions.allowed(submission(SubmissionStatus.RETURNED), assessor, true));
        assertEquals(EnumSet.noneOf(SubmissionAction.class), SubmissionActions.allowed(submission(SubmissionStatus.SUBMITTED), Optional.empty(), true));
    }
}
