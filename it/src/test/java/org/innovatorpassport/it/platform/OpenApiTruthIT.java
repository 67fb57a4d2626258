package org.innovatorpassport.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
 * The served OpenAPI document is true: for every operation in it, what it declares about security is
 * what the server does when called with no credentials (a public operation never answers 401, a
 * protected one always does); every operation describes a success response with a schema and its
 * refusals as problem+json with the Problem schema and their problem types; enums and formats are
 * declared.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiTruthIT {
    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch");
    private static final Set<String> PUBLIC = Set.of("post /api/suppliers", "get /api/invitations/{token}",
            "post /api/invitations/{token}", "get /api/assessments-avoided", "get /api/verify/{code}", "get /api/health-store");
    private static final String EMPTY_FORM = "--truth\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nOTHER\r\n--truth--\r\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyOperationsDeclaredSecurityIsWhatTheServerDoes() {
        JsonObject document = document();
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> entry : path.getValue().asJsonObject().entrySet()) {
                if (!VERBS.contains(entry.getKey())) {
                    continue;
                }
                operations++;
                String name = entry.getKey() + " " + path.getKey();
                JsonObject operation = entry.getValue().asJsonObject();
                // the document has no global requirement, so an operation without one needs no credentials
                boolean declaredPublic = !operation.containsKey("security") || operation.getJsonArray("security").isEmpty();
                if (declaredPublic && operation.containsKey("x-roles")) {
                    wrong.add(name + " is public but names roles");
                }
                if (!declaredPublic && !operation.getJsonArray("security").toString().contains("\"basic\"")) {
                    wrong.add(name + " is protected by something other than HTTP Basic: " + operation.get("security"));
                }
                if (!declaredPublic && !operation.containsKey("x-roles")) {
                    wrong.add(name + " is protected but names no roles");
                }
                if (PUBLIC.contains(name) && !declaredPublic) {
                    wrong.add(name + " answers without credentials but is declared protected");
                }
                Reply reply = anonymousCall(entry.getKey(), path.getKey(), operation);
                if (declaredPublic && reply.status() == 401) {
                    wrong.add(name + " is declared public but answers 401 to an anonymous caller");
                }
                if (!declaredPublic && reply.status() != 401) {
                    wrong.add(name + " is declared protected but answers an anonymous caller " + reply);
                }
                if (reply.status() >= 500) {
                    wrong.add(name + " fails: " + reply);
                }
            }
        }
        assertTrue(operations > 40, "the document lists the API: " + operations);
        assertFalse(document.containsKey("security"), "no global requirement that a public operation would inherit");
        for (String name : PUBLIC) {
            String verb = name.substring(0, name.indexOf(' '));
            String path = name.substring(name.indexOf(' ') + 1);
            assertTrue(document.getJsonObject("paths").containsKey(path)
                    && document.getJsonObject("paths").getJsonObject(path).containsKey(verb), name + " is in the document");
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyOperationDescribesItsAnswersAndRefusals() {
        JsonObject document = document();
        JsonObject problem = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
        assertTrue(problem.getJsonObject("properties").keySet().containsAll(List.of("type", "title", "status", "detail", "errors")));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> entry : path.getValue().asJsonObject().entrySet()) {
                if (!VERBS.contains(entry.getKey())) {
                    continue;
                }
                String name = entry.getKey() + " " + path.getKey();
                JsonObject responses = entry.getValue().asJsonObject().getJsonObject("responses");
                boolean success = false;
                boolean refusal = false;
                for (Map.Entry<String, JsonValue> response : responses.entrySet()) {
                    JsonObject answer = response.getValue().asJsonObject();
                    if (response.getKey().startsWith("2")) {
                        success = true;
                        if (!response.getKey().equals("204") && !hasSchema(answer)) {
                            wrong.add(name + " " + response.getKey() + " has no schema");
                        }
                    } else if (response.getKey().matches("[45]\\d\\d")) {
                        refusal = true;
                        JsonObject content = answer.getJsonObject("content");
                        if (content == null || !content.containsKey("application/problem+json")
                                || !content.getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref", "")
                                .endsWith("/Problem")) {
                            wrong.add(name + " " + response.getKey() + " is not problem+json with the Problem schema");
                        }
                        if (!answer.containsKey("x-problem-types") || answer.getJsonArray("x-problem-types").isEmpty()) {
                            wrong.add(name + " " + response.getKey() + " names no problem types");
                        }
                    }
                }
                if (!success) {
                    wrong.add(name + " describes no success response");
                }
                if (!refusal) {
                    wrong.add(name + " describes no refusal");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));

        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertEquals(List.of("ISSUED", "EXPIRING", "EXPIRED", "SUSPENDED", "REVOKED", "SUPERSEDED"),
                schemas.getJsonObject("PassportStatus").getJsonArray("enum").getValuesAs(JsonValue::toString).stream()
                        .map(s -> s.replace("\"", "")).toList(), "enums are declared");
        JsonObject passport = schemas.getJsonObject("PassportView").getJsonObject("properties");
        assertEquals("uuid", resolved(schemas, passport.getJsonObject("id")).getString("format"), "formats are declared");
        assertEquals("date", resolved(schemas, passport.getJsonObject("expiresOn")).getString("format"));
        assertFalse(document.getJsonObject("paths").keySet().stream().anyMatch(p -> p.startsWith("/fhir")),
                "the FHIR directory describes itself at /fhir/metadata");
    }

    private static JsonObject resolved(JsonObject schemas, JsonObject schema) {
        String ref = schema.getString("$ref", null);
        return ref == null ? schema : schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static boolean hasSchema(JsonObject response) {
        JsonObject content = response.getJsonObject("content");
        return content != null && !content.isEmpty()
                && content.values().stream().allMatch(media -> media.asJsonObject().containsKey("schema"));
    }

    private Reply anonymousCall(String verb, String path, JsonObject operation) {
        String concrete = path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        Http http = Http.anonymous(base);
        String method = verb.toUpperCase(java.util.Locale.ROOT);
        if (method.equals("GET") || method.equals("DELETE")) {
            return http.send(method, concrete, null, null);
        }
        JsonObject body = operation.getJsonObject("requestBody");
        boolean multipart = body != null && body.getJsonObject("content").containsKey("multipart/form-data");
        return http.send(method, concrete, multipart ? "multipart/form-data; boundary=truth" : "application/json",
                (multipart ? EMPTY_FORM : "{}").getBytes(StandardCharsets.UTF_8));
    }

    private JsonObject document() {
        Reply reply = Http.anonymous(base).send(Http.anonymous(base).request("/openapi").header("Accept", "application/json").GET());
        assertEquals(200, reply.status(), reply.body());
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            return reader.readObject();
        }
    }
}
