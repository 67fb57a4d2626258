package org.innovatorpassport.web.page.board;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.innovatorpassport.adoption.api.AdoptionStage;
import org.innovatorpassport.adoption.api.AdoptionView;
import org.innovatorpassport.adoption.api.BoardFigures;
import org.innovatorpassport.adoption.api.BoardReport;
import org.innovatorpassport.adoption.api.PipelineTable;

/**
 * A board's report as a PDF: the figures of the dashboard, written from the same {@link BoardReport}
 * with the same words, and the same charts drawn as vector graphics.
 */
final class BoardReportPdf {
    private static final float MARGIN = 50;
    private static final float LINE = 15;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument document;
    private PDPageContentStream page;
    private float y;

    private BoardReportPdf(PDDocument document) {
        this.document = document;
    }

    static byte[] of(BoardReport report, LocalDate on) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Board report: " + report.board().name());
            info.setSubject("Adoption pipeline, pilot-to-scale figures and passport reuse");
            BoardReportPdf pdf = new BoardReportPdf(document);
            pdf.write(report, on);
            pdf.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(BoardReport report, LocalDate on) throws IOException {
        newPage();
        text(BOLD, 18, "Board report: " + report.board().name());
        text(REGULAR, 11, report.board().region() + ". Member trusts: " + String.join(", ", report.board().trusts()) + ". Produced " + on + ".");
        gap();
        PipelineTable pipeline = report.pipeline();
        heading("Pipeline by stage across member trusts");
        for (AdoptionStage stage : AdoptionStage.values()) {
            text(REGULAR, 11, stage.label() + ": " + pipeline.total(stage));
        }
        for (PipelineTable.Row row : pipeline.rows()) {
            List<String> counts = new ArrayList<>();
            for (AdoptionStage stage : AdoptionStage.values()) {
                if (row.at(stage) > 0) {
                    counts.add(stage.label() + " " + row.at(stage));
                }
            }
            text(REGULAR, 11, row.product() + ": " + row.trusts() + " trusts (" + String.join(", ", counts) + ")");
        }
        heading("From pilot to scale");
        BoardFigures figures = report.figures();
        text(REGULAR, 11, "Pipelines that piloted: " + figures.piloted());
        text(REGULAR, 11, "Went on to adoption: " + figures.pilotedThenAdopted());
        text(REGULAR, 11, "Went on to scale: " + figures.pilotedThenScaled());
        text(REGULAR, 11, "Pilot-to-scale conversion: " + BoardPages.conversion(figures));
        heading("Median days in each stage");
        if (figures.medianDaysIn().isEmpty()) {
            text(REGULAR, 11, "No pipeline has left a stage yet.");
        }
        figures.medianDaysIn().forEach((stage, days) -> line(stage.label() + ": " + days + " days"));
        heading("Products ranked by number of adopting trusts");
        if (figures.productsByTrustsUsing().isEmpty()) {
            text(REGULAR, 11, "No member trust has adopted a product yet.");
        }
        int rank = 1;
        for (BoardFigures.Ranked ranked : figures.productsByTrustsUsing()) {
            text(REGULAR, 11, rank++ + ". " + ranked.product() + ": " + ranked.trusts() + (ranked.trusts() == 1 ? " trust" : " trusts"));
        }
        heading("Assessments avoided through passport reuse");
        text(BOLD, 11, "Board total: " + report.assessmentsAvoided());
        for (BoardReport.TrustReuse reuse : report.reuse()) {
            text(REGULAR, 11, reuse.trustName() + " (" + reuse.odsCode() + "): " + reuse.assessmentsAvoided());
        }
        heading("Flagged adoptions");
        if (pipeline.flagged().isEmpty()) {
            text(REGULAR, 11, "No adoption is flagged.");
        }
        for (AdoptionView a : pipeline.flagged()) {
            text(REGULAR, 11, a.productName() + " " + a.productVersion() + " at " + a.trustName() + ": " + a.flagReason());
        }
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        float height = width * ChartDrawing.HEIGHT / ChartDrawing.WIDTH;
        for (BoardChart chart : BoardChart.values()) {
            room(height + LINE);
            PDFormXObject form = ChartDrawing.pdf(document, chart.draw(report), width, height);
            y -= height;
            page.saveGraphicsState();
            page.transform(Matrix.getTranslateInstance(MARGIN, y));
            page.drawForm(form);
            page.restoreGraphicsState();
            y -= LINE;
        }
    }

    private void heading(String text) throws IOException {
        gap();
        room(3 * LINE);
        text(BOLD, 13, text);
    }

    private void line(String text) {
        try {
            text(REGULAR, 11, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void gap() {
        y -= LINE / 2;
    }

    /** Writes one line, wrapped to the page width; text the font cannot encode shows as a question mark. */
    private void text(PDType1Font font, float size, String text) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        for (String line : wrap(font, size, encodable(font, text), width)) {
            room(LINE + size / 2);
            y -= size + 4;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(MARGIN, y);
            page.showText(line);
            page.endText();
        }
    }

    private static List<String> wrap(PDType1Font font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(tried) / 1000 * size > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(tried);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private static String encodable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String one = new String(Character.toChars(c));
            try {
                font.encode(one);
                out.append(one);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private void room(float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
