package org.innovatorpassport.assurance.internal.passport;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.google.zxing.common.BitMatrix;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays a certificate out top to bottom on A4 pages: a cursor moves down, text wraps to the space
 * it has, and a new page starts when the next block would not fit. Every string passes through
 * {@link WinAnsiText} before it is measured or drawn.
 */
final class CertificateLayout implements Closeable {

    static final float MARGIN = 50;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    private static final float BOTTOM = MARGIN + 24; // room for the footer
    private static final float LABEL_WIDTH = 125;
    private static final float CELL_PADDING = 3;
    private static final float[] NHS_BLUE = {0f, 0.369f, 0.722f};
    private static final float[] RULE_GREY = {0.75f, 0.75f, 0.75f};
    private static final float[] HEADER_FILL = {0.93f, 0.94f, 0.96f};
    private static final float[] FOOTER_GREY = {0.35f, 0.35f, 0.35f};

    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final PDFont mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
    final PDFont monoBold = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);

    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    CertificateLayout(PDDocument document) throws IOException {
        this.document = document;
        newPage();
    }

    void title(String text, String subtitle) throws IOException {
        line(bold, 26, MARGIN, text, NHS_BLUE);
        y -= 8;
        line(regular, 13, MARGIN, subtitle, null);
        y -= 6;
        rule(1.5f, NHS_BLUE);
        y -= 10;
    }

    void heading(String text) throws IOException {
        ensureRoom(40);
        y -= 10;
        line(bold, 13, MARGIN, text, NHS_BLUE);
        y -= 4;
        rule(0.5f, RULE_GREY);
        y -= 6;
    }

    /** A label in the left column and its value wrapped in the right. */
    void field(String label, String value) throws IOException {
        List<String> lines = wrap(value, regular, 10, WIDTH - LABEL_WIDTH);
        ensureRoom(lines.size() * 13f + 3);
        float top = y;
        line(bold, 10, MARGIN, label, null);
        y = top;
        for (String each : lines) {
            line(regular, 10, MARGIN + LABEL_WIDTH, each, null);
        }
        y -= 3;
    }

    void paragraph(String text, PDFont font, float size) throws IOException {
        paragraph(text, font, size, WIDTH);
    }

    /** A paragraph narrower than the page, to leave room beside it (for the QR code). */
    void paragraph(String text, PDFont font, float size, float width) throws IOException {
        for (String each : wrap(text, font, size, width)) {
            ensureRoom(size * 1.3f);
            line(font, size, MARGIN, each, null);
        }
    }

    void bullet(String text) throws IOException {
        List<String> lines = wrap(text, regular, 10, WIDTH - 14);
        for (int i = 0; i < lines.size(); i++) {
            ensureRoom(13);
            if (i == 0) {
                float top = y;
                line(regular, 10, MARGIN + 2, "\u2022", null);
                y = top;
            }
            line(regular, 10, MARGIN + 14, lines.get(i), null);
        }
        y -= 2;
    }

    /** Rows of wrapped cells; the header row is repeated at the top of each new page. */
    void table(float[] widths, String[] header, List<String[]> rows, int monoColumn) throws IOException {
        tableRow(widths, header, true, -1);
        for (String[] row : rows) {
            if (rowHeight(widths, row, false, monoColumn) > y - BOTTOM) {
                newPage();
                tableRow(widths, header, true, -1);
            }
            tableRow(widths, row, false, monoColumn);
        }
    }

    void gap(float points) {
        y -= points;
    }

    /**
     * Draws a QR code at the right margin with its top at the cursor, each dark module a filled
     * square (vector, sharp at any print size), and answers where it ends; the cursor stays put so
     * that text can run beside it. The matrix carries its own quiet zone, left white.
     */
    float qrCode(BitMatrix modules, float size) throws IOException {
        float module = size / modules.getWidth();
        float left = MARGIN + WIDTH - size;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < modules.getHeight(); row++) {
            int column = 0;
            while (column < modules.getWidth()) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int run = column;
                while (run < modules.getWidth() && modules.get(run, row)) {
                    run++;
                }
                content.addRect(left + column * module, y - (row + 1) * module, (run - column) * module, module);
                column = run;
            }
        }
        content.fill();
        return y - size;
    }

    /** Moves the cursor below a block drawn beside the text, if the text ended higher. */
    void below(float bottom) {
        y = Math.min(y, bottom);
    }

    void ensureRoom(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    /** Writes "page n of m" and a line of text at the foot of every page, once all are laid out. */
    void footers(String text) throws IOException {
        content.close();
        content = null;
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String number = "Page " + (i + 1) + " of " + count;
                float numberWidth = width(number, regular, 8);
                draw(foot, regular, 8, MARGIN + WIDTH - numberWidth, MARGIN, number, FOOTER_GREY);
                List<String> lines = wrap(text, regular, 8, WIDTH - numberWidth - 12);
                float baseline = MARGIN + 10 * (lines.size() - 1);
                for (String each : lines) {
                    draw(foot, regular, 8, MARGIN, baseline, each, FOOTER_GREY);
                    baseline -= 10;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private void tableRow(float[] widths, String[] cells, boolean header, int monoColumn) throws IOException {
        float height = rowHeight(widths, cells, header, monoColumn);
        ensureRoom(height);
        float top = y;
        if (header) {
            content.setNonStrokingColor(HEADER_FILL[0], HEADER_FILL[1], HEADER_FILL[2]);
            content.addRect(MARGIN, top - height, WIDTH, height);
            content.fill();
        }
        float x = MARGIN;
        for (int column = 0; column < widths.length; column++) {
            PDFont font = header ? bold : column == monoColumn ? mono : regular;
            y = top - CELL_PADDING;
            for (String each : wrap(cells[column], font, 8, widths[column] - 2 * CELL_PADDING)) {
                line(font, 8, x + CELL_PADDING, each, null);
            }
            x += widths[column];
        }
        y = top - height;
        rule(0.4f, RULE_GREY);
    }

    private float rowHeight(float[] widths, String[] cells, boolean header, int monoColumn) throws IOException {
        int lines = 1;
        for (int column = 0; column < widths.length; column++) {
            PDFont font = header ? bold : column == monoColumn ? mono : regular;
            lines = Math.max(lines, wrap(cells[column], font, 8, widths[column] - 2 * CELL_PADDING).size());
        }
        return lines * 10.4f + 2 * CELL_PADDING;
    }

    /** Draws one line with its baseline a font size below the cursor, then moves the cursor down. */
    private void line(PDFont font, float size, float x, String text, float[] colour) throws IOException {
        y -= size;
        draw(content, font, size, x, y, text, colour);
        y -= size * 0.3f;
    }

    private static void draw(PDPageContentStream stream, PDFont font, float size, float x, float baseline,
                             String text, float[] colour) throws IOException {
        stream.beginText();
        if (colour != null) {
            stream.setNonStrokingColor(colour[0], colour[1], colour[2]);
        } else {
            stream.setNonStrokingColor(0f, 0f, 0f);
        }
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(WinAnsiText.of(text));
        stream.endText();
    }

    private void rule(float thickness, float[] colour) throws IOException {
        content.setStrokingColor(colour[0], colour[1], colour[2]);
        content.setLineWidth(thickness);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + WIDTH, y);
        content.stroke();
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Words that fit the width on each line; a word wider than the line is split between characters. */
    static List<String> wrap(String raw, PDFont font, float size, float width) throws IOException {
        String text = WinAnsiText.of(raw);
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate, font, size) <= width) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            // a word wider than the line (a URL, a digest) is cut where it reaches the edge
            int start = 0;
            float used = 0;
            for (int i = 0; i < word.length(); i++) {
                float glyph = width(word.substring(i, i + 1), font, size);
                if (used + glyph > width && i > start) {
                    lines.add(word.substring(start, i));
                    start = i;
                    used = 0;
                }
                used += glyph;
            }
            current.append(word, start, word.length());
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
