package org.innovatorpassport.templates.api;

/** Points achieved out of points available in a scored section (DTAC D1). */
public record Score(int achieved, int available) {

    public Score {
        if (achieved < 0 || available < 0 || achieved > available) {
            throw new IllegalArgumentException("score " + achieved + "/" + available);
        }
    }

    /** Achieved as a share of available, 0..1; 0 when nothing is available. */
    public double fraction() {
        return available == 0 ? 0 : (double) achieved / available;
    }

    @Override
    public String toString() {
        return achieved + "/" + available;
    }
}
