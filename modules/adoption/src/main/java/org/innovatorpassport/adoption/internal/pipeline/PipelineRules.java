package org.innovatorpassport.adoption.internal.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.innovatorpassport.adoption.api.AdoptionStage;
import org.innovatorpassport.adoption.api.HazardStatus;
import org.innovatorpassport.adoption.api.HazardView;
import org.innovatorpassport.adoption.api.NextStage;
import org.innovatorpassport.adoption.api.RiskMatrix;

/**
 * The rules of a pipeline with nothing but their inputs, so each can be tested alone: which stages
 * follow which, what gates putting a product into use, and what blocks a DCB0160 sign-off.
 */
final class PipelineRules {

    private PipelineRules() {
    }

    /**
     * The moves open from {@code stage}. Into use (adopted, scaled) only with a reliable passport the
     * trust relies on ({@code passportProblem} null) and a signed-off DCB0160 record.
     */
    static List<NextStage> next(AdoptionStage stage, String passportProblem, boolean signedOff) {
        List<NextStage> next = new ArrayList<>();
        for (AdoptionStage target : stage.next()) {
            String blocked = null;
            if (target.inUse()) {
                if (passportProblem != null) {
                    blocked = passportProblem;
                } else if (!signedOff) {
                    blocked = "The local deployment assurance (DCB0160) record is not signed off yet.";
                }
            }
            next.add(new NextStage(target, blocked == null, blocked));
        }
        return next;
    }

    /** What stops sign-off of a DCB0160 record now; empty when nothing does. */
    static List<String> signOffBlockers(String officerName, String registrationNumber, String summary, List<HazardView> hazards) {
        List<String> blockers = new ArrayList<>();
        if (blank(officerName) || blank(registrationNumber)) {
            blockers.add("Name the Clinical Safety Officer with their professional registration.");
        }
        if (blank(summary)) {
            blockers.add("Write the deployment safety case summary.");
        }
        if (hazards.isEmpty()) {
            blockers.add("Record at least one local hazard (configuration, integration, training or downtime).");
        }
        for (HazardView hazard : hazards) {
            if (!RiskMatrix.acceptable(hazard.rating()) && hazard.status() != HazardStatus.CLOSED && blank(hazard.justification())) {
                blockers.add("The hazard \"" + hazard.hazard() + "\" is rated " + hazard.rating()
                        + ", above the acceptable " + RiskMatrix.ACCEPTABLE + ": reduce it with added controls or justify it.");
            }
        }
        return blockers;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
