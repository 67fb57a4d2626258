package org.innovatorpassport.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The Java client that GeneratedClientJourneyIT drives is generated at build time, before any server
 * runs, from a copy of the served document checked in at {@code it/src/test/openapi}. This test keeps
 * that copy the served document: it fails as soon as they differ, and says how to refresh the copy.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiSnapshotIT {
    /** Set to true to write the served document over the checked-in copy instead of comparing them. */
    static final String REFRESH = "passport.openapi.refresh";
    static final String SNAPSHOT = "it/src/test/openapi/innovator-passport.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void theCheckedInDocumentIsTheServedOne() throws IOException {
        Reply reply = Http.anonymous(base).send(Http.anonymous(base).request("/openapi").header("Accept", "application/json").GET());
        assertEquals(200, reply.status(), reply.body());
        String served = normalised(JSON.readTree(reply.body()));
        Path snapshot = Path.of(System.getProperty("passport.root", ".."), SNAPSHOT);
        if (Boolean.getBoolean(REFRESH)) {
            Files.createDirectories(snapshot.getParent());
            Files.writeString(snapshot, served, StandardCharsets.UTF_8);
            return;
        }
        String checkedIn = Files.exists(snapshot) ? normalised(JSON.readTree(Files.readString(snapshot, StandardCharsets.UTF_8))) : "";
        assertEquals(checkedIn, served, "The served /openapi document is not the checked-in " + SNAPSHOT
                + ", from which the test client is generated. If the change to the API is meant, refresh the copy with"
                + " infra/test -Dit.test=OpenApiSnapshotIT -D" + REFRESH + "=true and commit it.");
    }

    /** Keys sorted (their order means nothing in JSON), and no server address, which differs from run to run. */
    private static String normalised(JsonNode document) throws IOException {
        if (document instanceof ObjectNode object) {
            object.remove("servers");
        }
        Object tree = JSON.treeToValue(document, Object.class);
        return JSON.writeValueAsString(tree) + "\n";
    }
}
