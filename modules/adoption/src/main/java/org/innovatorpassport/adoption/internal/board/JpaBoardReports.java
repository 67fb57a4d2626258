package org.innovatorpassport.adoption.internal.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.adoption.api.AdoptionView;
import org.innovatorpassport.adoption.api.Adoptions;
import org.innovatorpassport.adoption.api.BoardReport;
import org.innovatorpassport.adoption.api.BoardReports;
import org.innovatorpassport.adoption.api.BoardView;
import org.innovatorpassport.adoption.api.Boards;
import org.innovatorpassport.assurance.api.Reliances;
import org.innovatorpassport.platform.api.Directory;
import org.innovatorpassport.platform.api.OrganisationKind;

/**
 * Gathers a board's report: the pipelines the caller may see (so access is the pipelines' own), and
 * the reliances of the member trusts, which the assurance module keeps by organisation and a board
 * knows by ODS code, joined through the directory.
 */
@ApplicationScoped
class JpaBoardReports implements BoardReports {

    @Inject
    Boards boards;

    @Inject
    Adoptions adoptions;

    @Inject
    Reliances reliances;

    @Inject
    Directory directory;

    @Override
    public List<BoardReport> visible() {
        List<BoardView> visible = boards.visible();
        if (visible.isEmpty()) {
            return List.of();
        }
        return reports(visible);
    }

    @Override
    public BoardReport of(UUID boardId) {
        return reports(List.of(boards.get(boardId))).get(0);
    }

    private List<BoardReport> reports(List<BoardView> visible) {
        List<AdoptionView> seen = adoptions.visible();
        Map<UUID, Long> byTrust = reliances.assessmentsAvoidedByTrust();
        Map<String, String> names = new HashMap<>();
        Map<String, Long> byOds = new HashMap<>();
        for (Directory.OrganisationView trust : directory.organisations(OrganisationKind.NHS_TRUST)) {
            if (trust.odsCode() != null) {
                names.put(trust.odsCode(), trust.name());
                byOds.merge(trust.odsCode(), byTrust.getOrDefault(trust.id(), 0L), Long::sum);
            }
        }
        return visible.stream().map(b -> BoardReport.of(b, seen, names, byOds)).toList();
    }
}
