package org.innovatorpassport.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every REST endpoint (under /api, the published keys under /.well-known, the FHIR directory) with no login
 * and with each kind of user, and checks each answer against the declared matrix in
 * {@code access-matrix.txt}. An endpoint missing from the matrix fails the
 * test, so a new endpoint cannot ship without a decision about who may call it.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {
    private static final String[] CALLERS = {null, Demo.SUPPLIER, Demo.ASSESSOR, Demo.TRUST, Demo.BOARD, Demo.ADMIN};
    private static final String[] NAMES = {"anonymous", "supplier", "assessor", "trust", "board", "admin"};

    /** Endpoints that take a form upload get one (empty), so access is checked before the body is refused. */
    private static final String EMPTY_FORM = "--matrix\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nOTHER\r\n--matrix--\r\n";
    private static final java.util.Set<String> MULTIPART = new java.util.HashSet<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyEndpointAnswersEachCallerAsDeclared() throws Exception {
        Map<String, String[]> declared = declaredMatrix();
        TreeSet<String> discovered = discoverApiEndpoints();
        assertEquals(new TreeSet<>(declared.keySet()), discovered,
                "access-matrix.txt must list exactly the REST endpoints the application has");
        List<String> wrong = new ArrayList<>();
        for (String endpoint : discovered) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            String[] expected = declared.get(endpoint);
            for (int i = 0; i < CALLERS.length; i++) {
                Http http = CALLERS[i] == null ? Http.anonymous(base) : Http.as(base, CALLERS[i]);
                boolean multipart = MULTIPART.contains(endpoint);
                byte[] body = method.equals("GET") || method.equals("DELETE") ? null
                        : (multipart ? EMPTY_FORM : "{}").getBytes(StandardCharsets.UTF_8);
                String type = body == null ? null : multipart ? "multipart/form-data; boundary=matrix" : "application/json";
                Reply reply = http.send(method, path, type, body);
                String outcome = reply.status() == 401 || reply.status() == 403 ? String.valueOf(reply.status()) : "ok";
                if (!outcome.equals(expected[i]) || reply.status() >= 500) {
                    wrong.add(endpoint + " as " + NAMES[i] + ": expected " + expected[i] + ", got " + reply);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * What the OpenAPI document declares is what the matrix says: an operation declares security exactly
     * when an anonymous caller is refused with 401 (which the test above checks the server does).
     */
    @Test
    void everyOperationsDeclaredSecurityIsTheMatrixOne() throws Exception {
        Map<String, String> anonymous = new java.util.HashMap<>();
        declaredMatrix().forEach((endpoint, outcomes) -> anonymous.put(endpoint.replaceAll("\\{[^}]+}", "{}"), outcomes[0]));
        Reply reply = Http.anonymous(base).send(Http.anonymous(base).request("/openapi").header("Accept", "application/json").GET());
        assertEquals(200, reply.status(), reply.body());
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        for (var path : reply.json().getJsonObject("paths").entrySet()) {
            for (var operation : path.getValue().asJsonObject().entrySet()) {
                String endpoint = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey().replaceAll("\\{[^}]+}", "{}");
                if (!List.of("GET", "PUT", "POST", "DELETE", "PATCH").contains(endpoint.substring(0, endpoint.indexOf(' ')))) {
                    continue;
                }
                operations++;
                var security = operation.getValue().asJsonObject().get("security");
                boolean declaredProtected = security != null && !security.asJsonArray().isEmpty();
                String expected = anonymous.get(endpoint);
                if (expected == null) {
                    wrong.add(endpoint + " is in the document but not in access-matrix.txt");
                } else if (declaredProtected != expected.equals("401")) {
                    wrong.add(endpoint + (declaredProtected ? " declares security" : " declares none")
                            + " but the matrix says an anonymous caller gets " + expected);
                }
            }
        }
        assertTrue(operations > 40, "the document lists the API: " + operations);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    static TreeSet<String> discoverApiEndpoints() {
        TreeSet<String> endpoints = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().importPackages("org.innovatorpassport.web")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = type.reflect();
            String root = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                String sub = method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "";
                String path = ("/" + root + "/" + sub).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
                if (path.startsWith("/api/") || path.startsWith("/.well-known/") || path.startsWith("/fhir/")) {
                    endpoints.add(verb + " " + path);
                    jakarta.ws.rs.Consumes consumes = method.getAnnotation(jakarta.ws.rs.Consumes.class);
                    if (consumes != null && String.join(",", consumes.value()).startsWith("multipart/")) {
                        MULTIPART.add(verb + " " + path);
                    }
                }
            }
        }
        return endpoints;
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static Map<String, String[]> declaredMatrix() throws Exception {
        Map<String, String[]> matrix = new LinkedHashMap<>();
        try (var in = new BufferedReader(new InputStreamReader(
                AccessMatrixIT.class.getResourceAsStream("/access-matrix.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                String[] outcomes = new String[CALLERS.length];
                System.arraycopy(parts, 2, outcomes, 0, CALLERS.length);
                matrix.put(parts[0] + " " + parts[1], outcomes);
            }
        }
        return matrix;
    }
}
