package org.innovatorpassport.web.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * HAPI's R4 context, built once: building it scans the whole model and takes seconds. Resources leave
 * as bytes so that JAX-RS writes them as they are instead of quoting them again as a JSON string.
 */
@ApplicationScoped
public class FhirJson {
    public static final String MEDIA_TYPE = "application/fhir+json";
    static final String REPLY_TYPE = MEDIA_TYPE + ";charset=utf-8";

    private final FhirContext context = FhirContext.forR4Cached();

    byte[] write(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
    }

    static OperationOutcome outcome(String issueCode, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.fromCode(issueCode)).setDiagnostics(diagnostics);
        return outcome;
    }
}
