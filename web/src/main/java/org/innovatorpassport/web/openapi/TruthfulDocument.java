package org.innovatorpassport.web.openapi;

import jakarta.ws.rs.HttpMethod;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.innovatorpassport.web.security.DeclaredAccess;

/**
 * Rewrites the scanned document so that it says what the server does. Each operation is traced back
 * to its resource method through its operation id (the scanner names it {@code package.Class_method};
 * see microprofile-config.properties), and its security is then taken from that method's
 * {@code @PermitAll} or {@code @RolesAllowed}, read by {@link DeclaredAccess} exactly as the access
 * check reads them: a public operation declares an empty security requirement, a protected one HTTP
 * Basic and its roles ({@code x-roles}). Every operation gains the refusals it can meet as
 * problem+json with the Problem schema and the problem types of each status ({@code x-problem-types}).
 */
public class TruthfulDocument implements OASFilter {
    static final String PROBLEM_JSON = "application/problem+json";
    static final String SCHEME = "basic";
    static final String TOKEN_SCHEME = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        document.getComponents().addSchema("Problem", problemSchema());
        document.getComponents().addSchema("FieldError", fieldErrorSchema());
        if (document.getPaths() == null) {
            return;
        }
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((verb, operation) -> {
            Optional<Set<String>> roles = access(operation);
            describeSecurity(operation, roles);
            describeRefusals(operation, verb, path, roles.isPresent());
        }));
    }

    /** Who may call the operation: empty when anyone may; an operation we cannot trace is taken as protected. */
    private static Optional<Set<String>> access(Operation operation) {
        Optional<Method> method = resourceMethod(operation.getOperationId());
        if (method.isEmpty()) {
            return Optional.of(Set.of());
        }
        operation.setOperationId(method.get().getDeclaringClass().getSimpleName() + "_" + method.get().getName());
        return DeclaredAccess.roles(method.get().getDeclaringClass(), method.get());
    }

    static Optional<Method> resourceMethod(String operationId) {
        if (operationId == null || !operationId.contains("_")) {
            return Optional.empty();
        }
        String type = operationId.substring(0, operationId.lastIndexOf('_'));
        String name = operationId.substring(operationId.lastIndexOf('_') + 1);
        try {
            Class<?> resource = Class.forName(type, false, TruthfulDocument.class.getClassLoader());
            return Arrays.stream(resource.getMethods()).filter(m -> m.getName().equals(name))
                    .filter(m -> Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)))
                    .findFirst();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static void describeSecurity(Operation operation, Optional<Set<String>> roles) {
        if (roles.isEmpty()) {
            operation.setSecurity(new ArrayList<>());
            if (operation.getExtensions() != null) {
                operation.getExtensions().remove("x-roles");
            }
            return;
        }
        // either a person's credentials or an organisation's API token (see ApiScope for what a token's scopes allow)
        operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME),
                OASFactory.createSecurityRequirement().addScheme(TOKEN_SCHEME))));
        operation.addExtension("x-roles", new ArrayList<>(new TreeSet<>(roles.get())));
    }

    private static void describeRefusals(Operation operation, PathItem.HttpMethod verb, String path, boolean isProtected) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean hasInput = operation.getRequestBody() != null || path.contains("{")
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            refusal(responses, "400", "The request was refused: a field, parameter or body needs correcting");
        }
        if (isProtected) {
            refusal(responses, "401", "Sign in first: HTTP Basic credentials or the API token are missing, wrong, expired or revoked");
            refusal(responses, "403", "The caller's role or organisation does not allow this");
        }
        if (path.contains("{")) {
            refusal(responses, "404", "Nothing with this id or code, or nothing the caller may see");
        }
        if (verb != PathItem.HttpMethod.GET) {
            refusal(responses, "409", "The thing's state does not allow this now, or someone changed it at the same time");
        }
        if (path.startsWith("/api/invitations/")) {
            refusal(responses, "410", "The invitation was used or has expired");
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().hasMediaType("multipart/form-data")) {
            refusal(responses, "413", "The upload is larger than allowed");
            refusal(responses, "503", "Too many uploads are being read at once; try again shortly");
        }
        if (operation.getRequestBody() != null) {
            refusal(responses, "415", "The body is not of a type this operation accepts");
        }
        refusal(responses, "500", "Something went wrong on the server; nothing about it is disclosed");
    }

    private static void refusal(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        }
        response.setContent(OASFactory.createContent().addMediaType(PROBLEM_JSON, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))));
        response.addExtension("x-problem-types", ProblemTypes.uris(status));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details: a stable type to branch on, and the fields that need correcting")
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference")
                        .description("/problems/ followed by a stable name; the names each status can carry are listed as x-problem-types"))
                .addProperty("title", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("FieldError")))
                .required(List.of("type", "title", "status"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().addType(SchemaType.STRING))
                .required(List.of("field", "message"));
    }

}
