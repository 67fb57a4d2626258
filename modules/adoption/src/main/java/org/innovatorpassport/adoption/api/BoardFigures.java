package org.innovatorpassport.adoption.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a board watches, from the pipelines it may see and their dated moves: of the pipelines
 * that ever piloted, how many went on to adoption and to scale; the median days a pipeline spent in
 * each stage it has left; and products ranked by the number of trusts using them (adopted or scaled).
 */
public record BoardFigures(int piloted, int pilotedThenAdopted, int pilotedThenScaled, Map<AdoptionStage, Long> medianDaysIn,
                           List<Ranked> productsByTrustsUsing) {

    /** A product version and how many trusts have it in use. */
    public record Ranked(String product, int trusts) {
    }

    /** Whole per cent of piloted pipelines that went on to scale, or null when none piloted. */
    public Integer pilotToScalePercent() {
        return piloted == 0 ? null : (int) Math.round(100.0 * pilotedThenScaled / piloted);
    }

    public static BoardFigures of(List<AdoptionView> adoptions) {
        int piloted = 0;
        int adopted = 0;
        int scaled = 0;
        Map<AdoptionStage, List<Long>> stays = new EnumMap<>(AdoptionStage.class);
        Map<String, Integer> inUse = new LinkedHashMap<>();
        for (AdoptionView a : adoptions) {
            List<StageMoveView> moves = a.moves();
            boolean piloting = moves.stream().anyMatch(m -> m.to() == AdoptionStage.PILOTING);
            if (piloting) {
                piloted++;
                if (moves.stream().anyMatch(m -> m.to().inUse())) {
                    adopted++;
                }
                if (moves.stream().anyMatch(m -> m.to() == AdoptionStage.SCALED)) {
                    scaled++;
                }
            }
            // a move to the stage it stood at (carrying the adoption over to a renewed passport) does not end the stay
            StageMoveView entered = null;
            for (StageMoveView move : moves) {
                if (entered != null && move.to() != entered.to()) {
                    long days = Duration.between(entered.movedAt(), move.movedAt()).toDays();
                    stays.computeIfAbsent(entered.to(), s -> new ArrayList<>()).add(days);
                }
                if (entered == null || move.to() != entered.to()) {
                    entered = move;
                }
            }
            if (a.stage().inUse()) {
                inUse.merge(a.productName() + " " + a.productVersion(), 1, Integer::sum);
            }
        }
        Map<AdoptionStage, Long> medians = new EnumMap<>(AdoptionStage.class);
        stays.forEach((stage, days) -> medians.put(stage, median(days)));
        List<Ranked> ranked = inUse.entrySet().stream().map(e -> new Ranked(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Ranked::trusts).reversed().thenComparing(Ranked::product)).toList();
        return new BoardFigures(piloted, adopted, scaled, medians, ranked);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
