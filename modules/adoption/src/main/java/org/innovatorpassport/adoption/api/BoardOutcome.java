package org.innovatorpassport.adoption.api;

/** What a board decides about a shortlisted product. */
public enum BoardOutcome {
    APPROVE_FOR_SCALE_UP("Approve for scale-up"), DEFER("Defer"), REJECT("Reject");

    private final String label;

    BoardOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
