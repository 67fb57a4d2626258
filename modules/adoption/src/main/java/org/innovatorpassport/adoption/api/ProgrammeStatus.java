package org.innovatorpassport.adoption.api;

/** A programme is planned, then running, then closed; it never reopens. */
public enum ProgrammeStatus {
    PLANNED, RUNNING, CLOSED;

    public boolean mayMoveTo(ProgrammeStatus target) {
        return target.ordinal() == ordinal() + 1;
    }
}
