package org.innovatorpassport.assurance.internal.passport;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.innovatorpassport.assurance.api.PassportAction;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Roles;

/**
 * Who may do what with a passport: the status says what it admits at all
 * ({@link org.innovatorpassport.assurance.api.PassportStatus#allows}); this says who may ask. A trust
 * relies; only the assurance body that issued it suspends or revokes; only its supplier renews.
 */
final class PassportActions {

    private PassportActions() {
    }

    static Set<PassportAction> allowed(PassportRecord passport, Optional<Caller> caller) {
        Set<PassportAction> allowed = EnumSet.noneOf(PassportAction.class);
        if (caller.isEmpty()) {
            return allowed;
        }
        for (PassportAction action : PassportAction.values()) {
            if (passport.status.allows(action) && mayAsk(action, passport, caller.get())) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    static boolean mayAsk(PassportAction action, PassportRecord passport, Caller caller) {
        return switch (action) {
            case RELY -> caller.hasRole(Roles.TRUST);
            case SUSPEND, REVOKE -> caller.hasRole(Roles.ASSESSOR) && passport.assuranceBody.equals(caller.organisationName());
            case RENEW -> caller.hasRole(Roles.SUPPLIER) && caller.actsFor(passport.supplierId);
        };
    }
}
