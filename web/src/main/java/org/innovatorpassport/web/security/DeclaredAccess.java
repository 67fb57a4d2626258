package org.innovatorpassport.web.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;

/**
 * Who an endpoint admits, read from its annotations: everyone when it says {@code @PermitAll} (on the
 * method, or on the class without a method's {@code @RolesAllowed}), otherwise a signed-in caller with
 * one of its {@code @RolesAllowed}, and nobody when it states neither. The access check and the
 * OpenAPI document both read it here, so that what the document declares is what the server does.
 */
public final class DeclaredAccess {

    private DeclaredAccess() {
    }

    /** Empty when the endpoint is public; otherwise the roles it admits (none: it admits nobody). */
    public static Optional<Set<String>> roles(Class<?> type, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)
                || (!method.isAnnotationPresent(RolesAllowed.class) && type.isAnnotationPresent(PermitAll.class))) {
            return Optional.empty();
        }
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class) : type.getAnnotation(RolesAllowed.class);
        return Optional.of(allowed == null ? Set.of() : Set.of(allowed.value()));
    }
}
