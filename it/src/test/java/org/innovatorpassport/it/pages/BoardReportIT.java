package org.innovatorpassport.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Thames Valley board member reads the dashboard, then downloads the board report as a PDF and
 * the pipeline as CSV: the PDF, opened with PDFBox, carries the same figures as the dashboard and the
 * charts as vector graphics; the CSV has a row for each pipeline the dashboard counts; each chart the
 * page shows is an SVG image that names itself. A trust is refused all three.
 */
@ExtendWith(ArquillianExtension.class)
class BoardReportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void theBoardReportPdfAndTheCsvShowWhatTheDashboardShows() throws Exception {
        PageSession board = new PageSession(base);
        Page dashboard = board.signIn(Demo.BOARD, Http.PASSWORD, "/boards");
        Element heading = dashboard.document().select("h2[id^=board-]").stream()
                .filter(h -> h.text().contains("Thames Valley")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo board is on the dashboard: " + dashboard.describe()));
        String id = heading.id().substring("board-".length());

        String conversion = dashboard.textOf("conversion-" + id).orElseThrow();
        long avoided = Long.parseLong(dashboard.textOf("avoided-" + id).orElseThrow());
        assertTrue(avoided >= 2, "the demo trusts rely on passports: " + avoided);
        List<Page.Row> reuse = dashboard.table("Assessments avoided by each member trust");
        assertEquals(3, reuse.size(), "every member trust is listed: " + reuse);
        assertEquals(avoided, reuse.stream().mapToLong(r -> number(r.cell("Assessments avoided"))).sum());
        List<Page.Row> byStage = dashboard.table("How many member trusts stand at each stage, by product");
        Page.Row all = byStage.get(byStage.size() - 1);
        long pipelines = number(all.cell("Trusts"));

        HttpResponse<byte[]> pdf = board.download("/boards/" + id + "/report.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument report = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(report).replace("\r", "");
            assertTrue(text.contains("Board report: Thames Valley"), text);
            assertTrue(text.contains("Pilot-to-scale conversion: " + conversion), conversion + " as on the dashboard:\n" + text);
            assertTrue(text.contains("Board total: " + avoided), text);
            for (Page.Row trust : reuse) {
                assertTrue(text.contains(trust.cell("Trust") + " (" + trust.cell("ODS code") + "): " + number(trust.cell("Assessments avoided"))),
                        trust.cells() + " in\n" + text);
            }
            for (String stage : List.of("Interest", "Evaluating", "Local assurance", "Piloting", "Adopted", "Scaled", "Stopped")) {
                assertTrue(text.contains(stage + ": " + number(all.cell(stage))), stage + " as on the dashboard:\n" + text);
            }
            int forms = 0;
            for (PDPage page : report.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    assertFalse(page.getResources().getXObject(name) instanceof PDImageXObject, "charts are vector graphics, not pictures");
                    forms += page.getResources().getXObject(name) instanceof PDFormXObject ? 1 : 0;
                }
            }
            assertEquals(4, forms, "the four charts of the dashboard");
        }

        HttpResponse<byte[]> csv = board.download("/boards/" + id + "/pipeline.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertEquals("Trust ODS code,Trust,Product,Version,Stage,Flagged,Flag reason,Stop reason,Last change", lines.get(0));
        assertEquals(pipelines, lines.size() - 1, "one row per pipeline the dashboard counts: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("RHW,") && l.contains(",BreatheWell,") && l.contains(",Adopted,")), lines.toString());

        List<Element> charts = dashboard.document().select("figure img[src$=.svg]");
        assertTrue(charts.size() >= 3, charts.toString());
        for (Element chart : charts) {
            assertFalse(chart.attr("alt").isBlank(), "a text alternative: " + chart);
            HttpResponse<byte[]> svg = board.download(chart.attr("src"));
            assertEquals(200, svg.statusCode(), chart.attr("src"));
            assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
            String image = new String(svg.body(), StandardCharsets.UTF_8);
            assertTrue(image.contains("role=\"img\"") && image.contains("<title>") && image.contains("<desc"), image);
        }

        PageSession trust = new PageSession(base);
        trust.signIn(Demo.TRUST_OXFORD, Http.PASSWORD, "/adoptions");
        for (String path : List.of("/report.pdf", "/pipeline.csv", "/charts/pipeline.svg")) {
            assertEquals(403, trust.download("/boards/" + id + path).statusCode(), "a trust has no board report: " + path);
        }
    }

    private static long number(String cell) {
        return Long.parseLong(cell.replaceAll("\\D", ""));
    }
}
