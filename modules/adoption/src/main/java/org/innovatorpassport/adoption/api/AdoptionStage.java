package org.innovatorpassport.adoption.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a trust stands with a product version. A trust moves forward one step at a time (it may go
 * from local assurance straight to adoption without a pilot), may stop at any point with a reason,
 * and may take a stopped product up again from interest.
 */
public enum AdoptionStage {
    INTEREST("Interest"),
    EVALUATING("Evaluating"),
    LOCAL_ASSURANCE("Local assurance"),
    PILOTING("Piloting"),
    ADOPTED("Adopted"),
    SCALED("Scaled"),
    STOPPED("Stopped");

    private final String label;

    AdoptionStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stages a move from this one may reach, before any gate (passport, DCB0160) is asked. */
    public Set<AdoptionStage> next() {
        return switch (this) {
            case INTEREST -> EnumSet.of(EVALUATING, STOPPED);
            case EVALUATING -> EnumSet.of(LOCAL_ASSURANCE, STOPPED);
            case LOCAL_ASSURANCE -> EnumSet.of(PILOTING, ADOPTED, STOPPED);
            case PILOTING -> EnumSet.of(ADOPTED, STOPPED);
            case ADOPTED -> EnumSet.of(SCALED, STOPPED);
            case SCALED -> EnumSet.of(STOPPED);
            case STOPPED -> EnumSet.of(INTEREST);
        };
    }

    public boolean mayMoveTo(AdoptionStage target) {
        return next().contains(target);
    }

    /** Adopted and scaled both mean the product is in use, so both need a reliable passport and a signed-off DCB0160 record. */
    public boolean inUse() {
        return this == ADOPTED || this == SCALED;
    }
}
