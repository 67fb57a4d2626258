package org.innovatorpassport.platform.internal.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.innovatorpassport.platform.api.Caller;
import org.innovatorpassport.platform.api.Callers;

/** The caller of this request, read once from Jakarta Security and the user's account. */
@RequestScoped
class SecurityContextCallers implements Callers {

    @Inject
    SecurityContext security;

    @Inject
    JpaDirectory directory;

    private Optional<Caller> caller;

    @Override
    public Optional<Caller> current() {
        if (caller == null) {
            caller = lookUp();
        }
        return caller;
    }

    private Optional<Caller> lookUp() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null || principal.getName() == null || "anonymous".equals(principal.getName())) {
            return Optional.empty();
        }
        return directory.caller(principal.getName());
    }
}
