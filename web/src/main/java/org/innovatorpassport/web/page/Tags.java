package org.innovatorpassport.web.page;

import static org.innovatorpassport.web.page.Html.text;

import org.innovatorpassport.assurance.api.PassportStatus;
import org.innovatorpassport.assurance.api.SubmissionStatus;
import org.innovatorpassport.templates.api.Decision;

/**
 * Status tags. Colour is never the only signal: every tag says its status in words; the colours
 * follow NHS.UK meaning (green done, yellow waiting on someone, red stopped, grey inactive).
 */
final class Tags {

    private Tags() {
    }

    static String tag(String words, String colour) {
        return "<strong class=\"nhsuk-tag" + (colour == null ? "" : " nhsuk-tag--" + colour) + "\">" + text(words) + "</strong>";
    }

    static String passport(PassportStatus status) {
        if (status == null) {
            return tag("Unknown", "grey");
        }
        return switch (status) {
            case ISSUED -> tag("Issued", "green");
            case EXPIRING -> tag("Expiring", "yellow");
            case EXPIRED -> tag("Expired", "grey");
            case SUSPENDED -> tag("Suspended", "orange");
            case REVOKED -> tag("Revoked", "red");
            case SUPERSEDED -> tag("Superseded", "grey");
        };
    }

    static String submission(SubmissionStatus status) {
        if (status == null) {
            return tag("Unknown", "grey");
        }
        return switch (status) {
            case DRAFT -> tag("Draft", "grey");
            case SUBMITTED -> tag("Submitted", "blue");
            case RETURNED -> tag("Returned for clarification", "yellow");
            case PASSPORT_ISSUED -> tag("Passport issued", "green");
        };
    }

    static String decision(Decision decision) {
        if (decision == null) {
            return tag("Not decided", "grey");
        }
        return tag(decisionWords(decision), switch (decision) {
            case MET -> "green";
            case NOT_MET -> "red";
            case CLARIFICATION_NEEDED -> "yellow";
        });
    }

    static String decisionWords(Decision decision) {
        return switch (decision) {
            case MET -> "Met";
            case NOT_MET -> "Not met";
            case CLARIFICATION_NEEDED -> "Clarification needed";
        };
    }

    static String done(boolean done) {
        return done ? tag("Completed", "green") : tag("Not started", "grey");
    }
}
