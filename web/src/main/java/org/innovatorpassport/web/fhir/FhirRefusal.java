package org.innovatorpassport.web.fhir;

/**
 * A request the directory cannot answer, told to a FHIR client as an OperationOutcome with this HTTP
 * status and FHIR issue code (for example {@code not-found}, {@code not-supported}, {@code invalid}).
 */
class FhirRefusal extends RuntimeException {
    private final int status;
    private final String issueCode;

    FhirRefusal(int status, String issueCode, String diagnostics) {
        super(diagnostics);
        this.status = status;
        this.issueCode = issueCode;
    }

    static FhirRefusal invalid(String diagnostics) {
        return new FhirRefusal(400, "invalid", diagnostics);
    }

    static FhirRefusal notFound(String diagnostics) {
        return new FhirRefusal(404, "not-found", diagnostics);
    }

    int status() {
        return status;
    }

    String issueCode() {
        return issueCode;
    }
}
