package org.innovatorpassport.adoption.internal.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.innovatorpassport.adoption.api.Boards;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Problem;
import org.innovatorpassport.platform.api.Roles;

/**
 * Who may see and who may change a pipeline: the trust manages its own; a board member sees those of
 * the board's member trusts; a supplier sees those of its products; an admin sees all.
 */
@ApplicationScoped
class AdoptionAccess {

    @Inject
    Boards boards;

    boolean sees(Caller caller, AdoptionRecord adoption) {
        if (manages(caller, adoption) || caller.hasRole(Roles.ADMIN)) {
            return true;
        }
        if (caller.hasRole(Roles.SUPPLIER) && caller.actsFor(adoption.supplierId)) {
            return true;
        }
        return caller.hasRole(Roles.BOARD) && boards.trustsSeenBy(caller.userId()).contains(adoption.trustOds);
    }

    boolean manages(Caller caller, AdoptionRecord adoption) {
        return caller.hasRole(Roles.TRUST) && caller.actsFor(adoption.trustId);
    }

    /** Seen or not there: a pipeline the caller may not see answers "not found", so its existence does not leak. */
    void requireSees(Caller caller, AdoptionRecord adoption) {
        if (adoption == null || !sees(caller, adoption)) {
            throw Problem.notFound("The adoption");
        }
    }

    void requireManages(Caller caller, AdoptionRecord adoption) {
        requireSees(caller, adoption);
        if (!manages(caller, adoption)) {
            throw Problem.forbidden("Only the trust itself can change its adoption of a product.");
        }
    }
}
