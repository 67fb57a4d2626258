package org.innovatorpassport.web.openapi;

import java.util.List;
import java.util.Map;

/**
 * The problem types this API answers, by HTTP status. Each is the {@code type} of a problem+json body,
 * {@code /problems/<name>}; a client branches on it, never on the wording of {@code detail}.
 */
final class ProblemTypes {
    static final Map<String, List<String>> BY_STATUS = Map.of(
            "400", List.of("validation", "malformed-body", "evidence-empty", "bad-request"),
            "401", List.of("unauthenticated"),
            "403", List.of("forbidden"),
            "404", List.of("not-found", "passport-unknown", "passport-unsigned"),
            "409", List.of("conflict", "assigned-elsewhere", "conversation-closed", "no-question", "not-assignable", "email-taken", "evidence-expired", "not-passed", "not-under-review",
                    "onboarding-incomplete", "passport-not-reliable", "submission-locked"),
            "410", List.of("invitation-expired", "invitation-used"),
            "413", List.of("too-large"),
            "415", List.of("unsupported-media-type"),
            "500", List.of("internal"),
            "503", List.of("evidence-busy"));

    private ProblemTypes() {
    }

    static List<String> uris(String status) {
        return BY_STATUS.getOrDefault(status, List.of()).stream().map(name -> "/problems/" + name).toList();
    }
}
