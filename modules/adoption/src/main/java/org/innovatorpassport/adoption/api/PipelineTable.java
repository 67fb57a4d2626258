package org.innovatorpassport.adoption.api;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A board's pipeline by stage: one row per product version with how many trusts stand at each stage,
 * the totals per stage, and the flagged adoptions. Built from the pipelines the caller may see, so a
 * board member's table covers exactly the board's member trusts.
 */
public record PipelineTable(List<Row> rows, Map<AdoptionStage, Integer> totals, List<AdoptionView> flagged) {

    /** One product version across trusts. */
    public record Row(UUID productId, String product, Map<AdoptionStage, Integer> counts, int trusts) {

        public int at(AdoptionStage stage) {
            return counts.getOrDefault(stage, 0);
        }
    }

    public static PipelineTable of(List<AdoptionView> adoptions) {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        Map<AdoptionStage, Integer> totals = new EnumMap<>(AdoptionStage.class);
        List<AdoptionView> flagged = new ArrayList<>();
        for (AdoptionView a : adoptions) {
            Row row = rows.computeIfAbsent(a.productId(), id -> new Row(id, a.productName() + " " + a.productVersion(),
                    new EnumMap<>(AdoptionStage.class), 0));
            row.counts().merge(a.stage(), 1, Integer::sum);
            rows.put(a.productId(), new Row(row.productId(), row.product(), row.counts(), row.trusts() + 1));
            totals.merge(a.stage(), 1, Integer::sum);
            if (a.flagged()) {
                flagged.add(a);
            }
        }
        return new PipelineTable(List.copyOf(rows.values()), totals, flagged);
    }

    public int total(AdoptionStage stage) {
        return totals.getOrDefault(stage, 0);
    }
}
