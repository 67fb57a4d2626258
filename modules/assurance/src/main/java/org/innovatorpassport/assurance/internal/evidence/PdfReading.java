package org.innovatorpassport.assurance.internal.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.innovatorpassport.assurance.internal.evidence.EvidenceRefused.Reason;

/**
 * One parse of one copied upload, run on an inspector worker. The checks go from cheapest to
 * dearest so a hostile file is refused before the expensive part: load, encryption, the page
 * count the file claims, the page count it really has, active content, how far its streams
 * inflate, and only then text.
 */
final class PdfReading implements Callable<PdfReading.Result> {

    record Result(int pageCount, String text, List<String> activeContent) {
    }

    private final Path file;
    private final PdfLimits limits;
    private final CountDownLatch started = new CountDownLatch(1);

    PdfReading(Path file, PdfLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    boolean awaitStart(Duration patience) throws InterruptedException {
        return started.await(patience.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public Result call() throws EvidenceRefused, IOException {
        started.countDown();
        try (RandomAccessRead source = new RandomAccessReadBufferedFile(file);
             PDDocument document = load(source)) {
            if (document.isEncrypted()) {
                throw new EvidenceRefused(Reason.ENCRYPTED, "The PDF is encrypted; upload an unencrypted copy");
            }
            if (document.getNumberOfPages() > limits.maxPages()) {
                throw PageTreeWalk.tooManyPages(limits.maxPages());
            }
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            List<COSDictionary> pages = PageTreeWalk.pages(catalog, limits.maxPages());
            if (pages.isEmpty()) {
                throw new EvidenceRefused(Reason.CORRUPT, "The PDF has no pages");
            }
            List<String> activeContent = ActiveContent.notes(catalog, pages);
            InflationLimit.check(document.getDocument(), file.getParent());
            String text = CappedTextStripper.read(document, limits.maxTextChars());
            return new Result(pages.size(), text, activeContent);
        }
    }

    private static PDDocument load(RandomAccessRead source) throws EvidenceRefused {
        try {
            // temp-file stream cache: whatever PDFBox buffers while parsing goes to disk, not heap
            return Loader.loadPDF(source, "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new EvidenceRefused(Reason.ENCRYPTED, "The PDF is password protected; upload an unprotected copy", e);
        } catch (IOException | RuntimeException e) {
            throw new EvidenceRefused(Reason.CORRUPT, "The PDF is damaged and could not be read", e);
        }
    }
}
