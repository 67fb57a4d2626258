package org.innovatorpassport.platform.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an API token may be used for. Each scope names the requests it allows (method and path) and
 * the role its holder must have, so a token never does more than its creator could, nor more than
 * its scopes say.
 */
public enum ApiScope {
    READ_CATALOGUE("read-catalogue", "Read the catalogue and products", null,
            Set.of("GET"), List.of("/api/catalogue", "/api/products", "/api/templates", "/api/me")),
    READ_PASSPORTS("read-passports", "Read passports, their evidence and reliances", null,
            Set.of("GET"), List.of("/api/passports", "/api/evidence", "/api/reliances", "/api/notifications",
                    "/api/verify", "/api/me")),
    MANAGE_SUBMISSIONS("manage-submissions", "Describe products and manage DTAC submissions and evidence", Roles.SUPPLIER,
            Set.of("GET", "POST", "PUT", "DELETE"), List.of("/api/products", "/api/submissions", "/api/templates", "/api/me")),
    RELY_ON_PASSPORTS("rely-on-passports", "Record this trust's reliance on passports", Roles.TRUST,
            Set.of("GET", "POST"), List.of("/api/passports", "/api/reliances", "/api/notifications", "/api/me"));

    private final String code;
    private final String description;
    private final String requiredRole;
    private final Set<String> methods;
    private final List<String> paths;

    ApiScope(String code, String description, String requiredRole, Set<String> methods, List<String> paths) {
        this.code = code;
        this.description = description;
        this.requiredRole = requiredRole;
        this.methods = methods;
        this.paths = paths;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** The role a creator must hold to give a token this scope; null when any member may. */
    public String requiredRole() {
        return requiredRole;
    }

    public boolean allows(String method, String path) {
        return methods.contains(method) && paths.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    public static Optional<ApiScope> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
