package org.innovatorpassport.web.problem;

import java.util.List;

/** RFC 9457 problem details, with the fields that need correcting. */
public record ProblemBody(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }
}
