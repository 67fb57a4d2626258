package org.innovatorpassport.assurance.internal.evidence;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Text for the assessor, read page by page until the character cap is reached; later pages are
 * never interpreted. PDFBox gathers a page's glyphs before writing any of them, so a page that
 * draws millions of glyphs would be held whole: glyphs beyond what the cap can still use are
 * dropped as they arrive. Checking for interruption on every operator lets a timed-out inspection
 * actually stop instead of burning its worker.
 */
final class CappedTextStripper extends PDFTextStripper {

    private final int maxChars;
    private final StringBuilder text = new StringBuilder();
    private int glyphsOnPage;

    private CappedTextStripper(int maxChars) {
        this.maxChars = maxChars;
    }

    static String read(PDDocument document, int maxChars) throws IOException {
        CappedTextStripper stripper = new CappedTextStripper(maxChars);
        stripper.writeText(document, stripper.new CappedWriter());
        return stripper.text.toString();
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        stopIfCancelled();
        if (full()) {
            return;
        }
        glyphsOnPage = 0;
        super.processPage(page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        stopIfCancelled();
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition glyph) {
        if (++glyphsOnPage > maxChars - text.length()) {
            return;
        }
        super.processTextPosition(glyph);
    }

    private boolean full() {
        return text.length() >= maxChars;
    }

    private static void stopIfCancelled() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("Text extraction cancelled");
        }
    }

    /** Keeps characters up to the cap and quietly drops the rest. */
    private final class CappedWriter extends Writer {

        @Override
        public void write(char[] chars, int off, int len) {
            int room = maxChars - text.length();
            if (room > 0) {
                text.append(chars, off, Math.min(room, len));
            }
        }

        @Override
        public void write(String s, int off, int len) {
            int room = maxChars - text.length();
            if (room > 0) {
                text.append(s, off, off + Math.min(room, len));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
