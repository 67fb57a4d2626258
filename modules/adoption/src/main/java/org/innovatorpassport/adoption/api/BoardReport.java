package org.innovatorpassport.adoption.api;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything a board's dashboard and its PDF report show, computed once so that the two cannot
 * disagree: the pipeline by stage across member trusts, the pilot-to-scale figures, and the
 * assessments each member trust avoided by relying on a passport instead of repeating the assessment.
 */
public record BoardReport(BoardView board, PipelineTable pipeline, BoardFigures figures, List<TrustReuse> reuse) {

    /** A member trust and how many passports it relies on: each one an assessment it did not repeat. */
    public record TrustReuse(String odsCode, String trustName, long assessmentsAvoided) {
    }

    /**
     * The report of a board from the pipelines the caller may see (only those of the board's member
     * trusts count), the names of trusts by ODS code and each trust's reliances by ODS code; a member
     * trust with no reliance is listed with none, so the board sees who has not reused a passport yet.
     */
    public static BoardReport of(BoardView board, List<AdoptionView> seen, Map<String, String> trustNames, Map<String, Long> reliancesByOds) {
        List<AdoptionView> members = seen.stream().filter(a -> board.trusts().contains(a.trustOds())).toList();
        List<TrustReuse> reuse = board.trusts().stream()
                .map(ods -> new TrustReuse(ods, trustNames.getOrDefault(ods, ods), reliancesByOds.getOrDefault(ods, 0L)))
                .sorted(Comparator.comparingLong(TrustReuse::assessmentsAvoided).reversed().thenComparing(TrustReuse::trustName))
                .toList();
        return new BoardReport(board, PipelineTable.of(members), BoardFigures.of(members), reuse);
    }

    /** The board's figure: every member trust's reliances added up (a trust on two boards counts on each). */
    public long assessmentsAvoided() {
        return reuse.stream().mapToLong(TrustReuse::assessmentsAvoided).sum();
    }
}
