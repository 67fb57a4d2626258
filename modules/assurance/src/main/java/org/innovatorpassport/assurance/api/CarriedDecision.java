package org.innovatorpassport.assurance.api;

import java.time.LocalDate;
import java.util.UUID;
import org.innovatorpassport.templates.api.Decision;

/** A decision a submission carries over from a passport, with the review that made it. */
public record CarriedDecision(String criterionCode, Decision decision, String comment, String decidedBy, LocalDate decidedOn,
                              UUID passportId, String passportCode) {

    /** "decided on 2026-11-07 by Dr Amal Shah for passport K7QF-2M9X", as the assessor's page shows it. */
    public String describe() {
        return "decided on " + decidedOn + " by " + decidedBy + " for passport " + passportCode;
    }
}
