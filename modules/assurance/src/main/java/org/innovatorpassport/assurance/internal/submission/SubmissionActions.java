package org.innovatorpassport.assurance.internal.submission;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.innovatorpassport.assurance.api.SubmissionAction;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Roles;

/**
 * Who may do what with a submission: the status says what it admits at all
 * ({@link org.innovatorpassport.assurance.api.SubmissionStatus#allows}); this says who may ask. The
 * supplier that owns it edits and submits; an assessor decides, returns and issues, and issues only
 * once the pass rule holds.
 */
final class SubmissionActions {

    private SubmissionActions() {
    }

    static Set<SubmissionAction> allowed(Submission submission, Optional<Caller> caller, boolean passes) {
        Set<SubmissionAction> allowed = EnumSet.noneOf(SubmissionAction.class);
        if (caller.isEmpty()) {
            return allowed;
        }
        for (SubmissionAction action : SubmissionAction.values()) {
            if (submission.status.allows(action) && mayAsk(action, submission, caller.get())
                    && (action != SubmissionAction.ISSUE_PASSPORT || passes)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    static boolean mayAsk(SubmissionAction action, Submission submission, Caller caller) {
        return switch (action) {
            case EDIT, SUBMIT, WITHDRAW -> caller.hasRole(Roles.SUPPLIER) && caller.actsFor(submission.supplierId);
            case DECIDE, RETURN, ISSUE_PASSPORT -> caller.hasRole(Roles.ASSESSOR);
        };
    }
}
