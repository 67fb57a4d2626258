package org.innovatorpassport.it.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A small, valid, unprotected PDF to upload as an evidence document: one A4 page of plain lines. */
final class PagePdf {
    private static final float MARGIN = 56;
    private static final float LEADING = 16;

    private PagePdf() {
    }

    /** A one-page PDF with a heading and lines of text (plain ASCII, which the standard Helvetica can show). */
    static byte[] document(String heading, String... lines) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 16);
                content.setLeading(LEADING);
                content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                content.showText(heading);
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                for (String line : lines) {
                    content.newLine();
                    content.showText(line);
                }
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
