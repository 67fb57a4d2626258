package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.innovatorpassport.it.support.Http.Reply;

/** Assertions on RFC 9457 problem answers. */
final class Problems {

    private Problems() {
    }

    /** The reply is a problem+json of this status and type, without a stack trace. */
    static JsonObject assertProblem(Reply reply, int status, String type) {
        JsonObject problem = assertProblem(reply, status);
        assertEquals(type, problem.getString("type", null), reply.body());
        return problem;
    }

    /** The reply is a problem+json of this status (whatever its type), without a stack trace. */
    static JsonObject assertProblem(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        String contentType = reply.header("Content-Type");
        assertNotNull(contentType, "no Content-Type on " + reply);
        assertTrue(contentType.startsWith("application/problem+json"), contentType + ": " + reply.body());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), "no stack trace: " + reply.body());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status", -1), reply.body());
        return problem;
    }

    /** The reply is a 400 validation problem naming at least one field. */
    static JsonObject assertValidationProblem(Reply reply) {
        JsonObject problem = assertProblem(reply, 400, "/problems/validation");
        assertTrue(problem.containsKey("errors") && !problem.getJsonArray("errors").isEmpty(),
                "the problem names what needs correcting: " + reply.body());
        return problem;
    }
}
