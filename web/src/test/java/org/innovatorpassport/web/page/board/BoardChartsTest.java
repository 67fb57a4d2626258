package org.innovatorpassport.web.page.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.innovatorpassport.adoption.api.AdoptionStage;
import org.innovatorpassport.adoption.api.AdoptionView;
import org.innovatorpassport.adoption.api.BoardReport;
import org.innovatorpassport.adoption.api.BoardView;
import org.innovatorpassport.adoption.api.StageMoveView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class BoardChartsTest {
    private static final Instant START = Instant.parse("2026-01-01T09:00:00Z");
    private static final BoardView BOARD = new BoardView(UUID.randomUUID(), "Thames Valley <Board>", "Thames Valley",
            List.of("RHW", "RTH"), List.of());
    private static final BoardReport REPORT = BoardReport.of(BOARD, List.of(
                    adoption("RHW", "BreatheWell & Co", AdoptionStage.INTEREST, AdoptionStage.EVALUATING, AdoptionStage.LOCAL_ASSURANCE,
                            AdoptionStage.PILOTING, AdoptionStage.ADOPTED, AdoptionStage.SCALED),
                    adoption("RTH", "BreatheWell & Co", AdoptionStage.INTEREST, AdoptionStage.EVALUATING, AdoptionStage.LOCAL_ASSURANCE,
                            AdoptionStage.PILOTING)),
            Map.of("RHW", "Royal Berkshire", "RTH", "Oxford"), Map.of("RHW", 5L, "RTH", 2L));

    @Test
    void eachChartIsAnSvgImageThatNamesAndDescribesItselfWithEveryNameEscaped() {
        for (BoardChart chart : BoardChart.values()) {
            String svg = ChartDrawing.svg(chart.draw(REPORT), chart.title() + " for " + BOARD.name(), chart.description(REPORT));
            Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
            var root = doc.selectFirst("svg");
            assertEquals("img", root.attr("role"), chart.name());
            assertEquals(chart.title() + " for Thames Valley <Board>", root.attr("aria-label"));
            assertEquals(chart.title() + " for Thames Valley <Board>", root.selectFirst("title").text());
            assertTrue(root.selectFirst("desc").text().startsWith("Bar chart of "), svg);
            assertFalse(svg.contains("<Board>"), "names are escaped, never markup");
            assertTrue(doc.select("rect, path").size() > 3, "bars are drawn: " + chart);
            assertTrue(doc.select("script, foreignObject").isEmpty());
        }
        assertTrue(BoardChart.REUSE.description(REPORT).contains("Royal Berkshire 5, Oxford 2"), BoardChart.REUSE.description(REPORT));
    }

    @Test
    void thePdfReportCarriesTheDashboardsFiguresAndTheChartsAsVectorGraphics() throws Exception {
        byte[] pdf = BoardReportPdf.of(REPORT, LocalDate.of(2026, 12, 7));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Board report: Thames Valley <Board>"), text);
            assertTrue(text.contains("Pilot-to-scale conversion: 50%"), text);
            assertTrue(text.contains("Board total: 7"), text);
            assertTrue(text.contains("Royal Berkshire (RHW): 5"), text);
            assertTrue(text.contains("1. BreatheWell & Co 1: 1 trust"), text);
            assertTrue(text.contains("Piloting: 1"), text);
            int forms = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) {
                        forms++;
                    }
                }
            }
            assertEquals(BoardChart.values().length, forms, "one vector form per chart, no bitmap");
        }
    }

    private static AdoptionView adoption(String ods, String product, AdoptionStage... path) {
        List<StageMoveView> moves = new ArrayList<>();
        AdoptionStage from = null;
        for (int i = 0; i < path.length; i++) {
            moves.add(new StageMoveView(from, path[i], null, "someone", START.plus(Duration.ofDays(10L * i))));
            from = path[i];
        }
        return new AdoptionView(UUID.randomUUID(), UUID.randomUUID(), ods, ods, UUID.nameUUIDFromBytes(product.getBytes()), product, "1",
                UUID.randomUUID(), null, path[path.length - 1], null, null, null, START, 0, moves, List.of());
    }
}
