package org.innovatorpassport.web.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.innovatorpassport.adoption.api.AdoptionStage;
import org.innovatorpassport.adoption.api.AdoptionView;
import org.innovatorpassport.adoption.api.BoardReport;
import org.innovatorpassport.adoption.api.BoardMemberView;
import org.innovatorpassport.adoption.api.BoardView;
import org.innovatorpassport.adoption.api.HazardStatus;
import org.innovatorpassport.adoption.api.HazardView;
import org.innovatorpassport.adoption.api.NextStage;
import org.innovatorpassport.adoption.api.NotificationView;
import org.innovatorpassport.adoption.api.ProgrammeStatus;
import org.innovatorpassport.adoption.api.ProgrammeView;
import org.innovatorpassport.adoption.api.SafetyRecordView;
import org.innovatorpassport.adoption.api.StageMoveView;
import org.innovatorpassport.assurance.api.PassportEvidence;
import org.innovatorpassport.platform.api.OrganisationKind;
import org.innovatorpassport.platform.api.Roles;
import org.innovatorpassport.web.page.adoption.AdoptionPages;
import org.innovatorpassport.web.page.adoption.SafetyRecordPages;
import org.innovatorpassport.web.page.board.BoardPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The adoption pages offer exactly the moves the module allows and say why the others are blocked. */
class AdoptionTemplatesTest {

    @Test
    void aTrustIsOfferedOnlyTheAllowedMovesAndToldWhyAdoptionIsBlocked() {
        AdoptionView piloting = adoption(AdoptionStage.PILOTING, null, List.of(
                new NextStage(AdoptionStage.ADOPTED, false, "The local deployment assurance (DCB0160) record is not signed off yet."),
                new NextStage(AdoptionStage.STOPPED, true, null)));
        Document page = Rendered.page("adoption/pipeline", new AdoptionPages.PipelineScreen(Shell.of("Pipeline", Samples.trust()),
                piloting, null, ErrorSummary.NONE, Map.of(), "", null));
        assertEquals(List.of("STOPPED"), page.select("input[name=stage]").eachAttr("value"));
        assertTrue(page.getElementById("blocked").text().contains("DCB0160"));
        assertEquals("Piloting", page.getElementById("current-stage").text());
        assertNull(page.getElementById("renewal"), "no renewal, no carry-over offer");
    }

    @Test
    void aRenewalNoticeOffersTheOneStepCarryOver() {
        AdoptionView piloting = adoption(AdoptionStage.PILOTING, null, List.of(new NextStage(AdoptionStage.STOPPED, true, null)));
        NotificationView renewed = new NotificationView(UUID.randomUUID(), piloting.id(), piloting.passportId(), NotificationView.RENEWED,
                "Passport IP-NEW1 renews the passport <b>BreatheWell</b> relies on", Samples.NOW, null);
        Document page = Rendered.page("adoption/pipeline", new AdoptionPages.PipelineScreen(Shell.of("Pipeline", Samples.trust()),
                piloting, null, ErrorSummary.NONE, Map.of(), "", renewed));
        var offer = page.getElementById("renewal");
        assertTrue(offer.text().contains("IP-NEW1"), offer.text());
        assertTrue(offer.html().contains("&lt;b&gt;"), "the notice's words are escaped");
        assertEquals("/adoptions/" + piloting.id() + "/carry-over", offer.selectFirst("form").attr("action"));
        assertEquals("Rely on the new passport", offer.selectFirst("form button").text());
    }

    @Test
    void aFlaggedAdoptionShowsWhyAndABoardMemberGetsNoMoveForm() {
        AdoptionView flagged = adoption(AdoptionStage.ADOPTED, "Passport IP-AB12 is suspended: pen test lapsed", List.of());
        Document page = Rendered.page("adoption/pipeline", new AdoptionPages.PipelineScreen(Shell.of("Pipeline",
                Samples.caller(Roles.BOARD, OrganisationKind.REGIONAL_BOARD, "Thames Valley")), flagged, null, ErrorSummary.NONE, Map.of(), "", null));
        assertTrue(page.getElementById("flag-reason").text().contains("pen test lapsed"));
        assertTrue(page.select("input[name=stage]").isEmpty());
    }

    @Test
    void theDcb0160RecordShowsTheSuppliersEvidenceAndItsSignOffBlockers() {
        HazardView high = new HazardView(UUID.randomUUID(), "Reminders stop <b>", "cause", "effect", "existing", "added", 4, 4, 4,
                "Ward manager", HazardStatus.OPEN, null, Samples.NOW);
        SafetyRecordView record = new SafetyRecordView(UUID.randomUUID(), "BreatheWell", "2.1", "Royal Berkshire", "Dr Lee", "GMC",
                "1234567", "Summary", List.of(high), null, null, List.of(new PassportEvidence(UUID.randomUUID(), "HAZARD_LOG", "HAZ-1",
                "Brightwell", LocalDate.of(2026, 1, 1), null, "ab".repeat(32), "Alex Assessor")), "IP-AB12-CD34",
                List.of("The hazard \"Reminders stop\" is rated 4"), true);
        Document page = Rendered.page("adoption/safety", new SafetyRecordPages.SafetyScreen(Shell.of("DCB0160", Samples.trust()), record,
                null, ErrorSummary.NONE, null, Map.of(), Map.of()));
        assertTrue(page.text().contains("HAZ-1"));
        assertTrue(page.getElementById("sign-off-blockers").text().contains("rated 4"));
        assertTrue(page.select("form[action$=sign-off]").isEmpty(), "no sign-off button while something blocks it");
        assertTrue(page.html().contains("Reminders stop &lt;b&gt;"));
        assertEquals(13, page.select("form[action$=/dcb0160/hazards]").select("input[name=severity], input[name=likelihood], "
                + "input[name=status]").size(), "severity and likelihood 1 to 5 on the risk matrix, and three hazard statuses");
        assertEquals(1, page.select("form[action$=/dcb0160/hazards/" + high.id() + "]").size(),
                "the unjustified hazard above acceptable can be justified or closed");
    }

    @Test
    void theBoardDashboardCountsMemberTrustsByStage() {
        AdoptionView adopted = adoption(AdoptionStage.ADOPTED, null, List.of());
        AdoptionView piloting = adoption(AdoptionStage.PILOTING, "Passport X is suspended", List.of());
        BoardView board = new BoardView(UUID.randomUUID(), "Thames Valley", "Thames Valley", List.of("RHW"),
                List.of(new BoardMemberView(UUID.randomUUID(), "Bo Board")));
        ProgrammeView programme = new ProgrammeView(UUID.randomUUID(), board.id(), "Asthma at scale", "p", "o", 25_000_000L,
                LocalDate.of(2026, 6, 1), LocalDate.of(2028, 6, 1), ProgrammeStatus.RUNNING, List.of("RHW"), List.of(), List.of(), 0);
        Document page = Rendered.page("board/dashboard", new BoardPages.BoardsScreen(Shell.of("Board dashboard",
                Samples.caller(Roles.BOARD, OrganisationKind.REGIONAL_BOARD, "Thames Valley")), false, true,
                List.of(new BoardPages.BoardPanel(BoardReport.of(board, List.of(adopted, piloting), Map.of("RHW", "Royal Berkshire"),
                Map.of("RHW", 3L)), List.of(programme))), List.of(),
                null, ErrorSummary.NONE, null, Map.of(), Map.of()));
        var totals = page.select("table").first().select("tr").last().select("td").eachText();
        assertEquals("2", totals.get(totals.size() - 1).replaceAll("\\D", ""));
        assertTrue(page.getElementById("flagged-" + board.id()).text().contains("suspended"));
        assertTrue(page.text().contains("£250,000.00"));
        assertEquals("No pilot yet", page.getElementById("conversion-" + board.id()).text());
        assertNull(page.selectFirst("form[action$=/trusts]"), "only an admin manages membership");
        assertFalse(page.select("a[href^=/boards/programmes/]").isEmpty());
        assertEquals("3", page.getElementById("avoided-" + board.id()).text(), "assessments avoided across the board");
        var charts = page.select("figure img[src$=.svg]");
        assertEquals(3, charts.size(), "pipeline, products ranked, reuse (no stage left yet, so no median chart): " + charts);
        assertTrue(charts.stream().allMatch(img -> img.attr("alt").startsWith("Bar chart of ")), "each chart has its text alternative");
        assertTrue(page.select("a[href$=/report.pdf]").size() == 1);
    }

    private static AdoptionView adoption(AdoptionStage stage, String flag, List<NextStage> next) {
        return new AdoptionView(UUID.randomUUID(), UUID.randomUUID(), "RHW", "Royal Berkshire", UUID.randomUUID(), "BreatheWell", "2.1",
                UUID.randomUUID(), UUID.randomUUID(), stage, null, flag, flag == null ? null : Samples.NOW, Samples.NOW, 3,
                List.of(new StageMoveView(null, AdoptionStage.INTEREST, null, "Taylor", Samples.NOW)), next);
    }
}
