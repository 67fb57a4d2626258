package org.innovatorpassport.assurance.internal.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.innovatorpassport.assurance.internal.evidence.EvidenceRefused.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfInspectorTest {

    private static final PdfLimits DEFAULTS = PdfLimits.defaults();

    @TempDir
    Path workDir;

    @Test
    void readsPagesTextAndDigestOfAnOrdinaryPdf() throws Exception {
        byte[] pdf = PdfFixtures.textPdf(3, 2, "clinical safety case DCB0129");

        InspectedPdf inspected = inspect(pdf, DEFAULTS);

        assertEquals(3, inspected.pageCount());
        assertEquals(pdf.length, inspected.sizeBytes());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), inspected.sha256Hex());
        for (int page = 1; page <= 3; page++) {
            assertTrue(inspected.text().contains("Page " + page + ": clinical safety case DCB0129"), inspected.text());
        }
        assertEquals(List.of(), inspected.activeContent());
        assertArrayEquals(pdf, Files.readAllBytes(inspected.file()));
        assertEquals(workDir, inspected.file().getParent());
    }

    @Test
    void stopsReadingTextAtTheCap() throws Exception {
        byte[] pdf = PdfFixtures.textPdf(20, 40, "a line of evidence text that goes on for a while");

        InspectedPdf inspected = inspect(pdf, new PdfLimits(DEFAULTS.maxBytes(), 500, Duration.ofSeconds(20), 500));

        assertEquals(500, inspected.text().length());
        assertTrue(inspected.text().startsWith("Page 1: a line of evidence"));
        assertEquals(20, inspected.pageCount());
    }

    @Test
    void refusesAnEmptyFile() {
        EvidenceRefused refused = refuse(new byte[0], DEFAULTS);

        assertEquals(Reason.EMPTY, refused.reason());
        assertEquals("The file is empty", refused.getMessage());
    }

    @Test
    void refusesAnImageOrTextFileRenamedToPdf() {
        assertEquals(Reason.NOT_PDF, refuse(PdfFixtures.png(), DEFAULTS).reason());
        EvidenceRefused text = refuse("Our DSPT status is Standards Met.\n".getBytes(StandardCharsets.UTF_8), DEFAULTS);
        assertEquals(Reason.NOT_PDF, text.reason());
        assertEquals("The file is not a PDF", text.getMessage());
    }

    @Test
    void refusesAHeaderThatStartsAfterTheFirstKilobyte() {
        byte[] pdf = PdfFixtures.textPdf(1, 1, "late header");
        byte[] padded = new byte[2000 + pdf.length];
        System.arraycopy(pdf, 0, padded, 2000, pdf.length);

        assertEquals(Reason.NOT_PDF, refuse(padded, DEFAULTS).reason());
    }

    @Test
    void refusesAHeaderFollowedByGarbage() {
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        byte[] header = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] corrupt = new byte[header.length + garbage.length];
        System.arraycopy(header, 0, corrupt, 0, header.length);
        System.arraycopy(garbage, 0, corrupt, header.length, garbage.length);

        EvidenceRefused refused = refuse(corrupt, DEFAULTS);

        assertEquals(Reason.CORRUPT, refused.reason());
        assertEquals("The PDF is damaged and could not be read", refused.getMessage());
    }

    @Test
    void refusesAPasswordProtectedPdf() {
        EvidenceRefused refused = refuse(PdfFixtures.protectedPdf("user-secret"), DEFAULTS);

        assertEquals(Reason.ENCRYPTED, refused.reason());
        assertEquals("The PDF is password protected; upload an unprotected copy", refused.getMessage());
    }

    @Test
    void refusesAnEncryptedPdfThatOpensWithoutAPassword() {
        assertEquals(Reason.ENCRYPTED, refuse(PdfFixtures.protectedPdf(""), DEFAULTS).reason());
    }

    @Test
    void refusesMorePagesThanTheLimit() {
        EvidenceRefused refused = refuse(PdfFixtures.textPdf(3, 1, "page"),
                new PdfLimits(DEFAULTS.maxBytes(), 2, DEFAULTS.timeLimit(), DEFAULTS.maxTextChars()));

        assertEquals(Reason.TOO_MANY_PAGES, refused.reason());
        assertEquals("The PDF has more than 2 pages", refused.getMessage());
    }

    @Test
    void countsPagesItselfRatherThanTrustingTheClaimedCount() {
        EvidenceRefused refused = refuse(PdfFixtures.onePageListedManyTimes(5_000), DEFAULTS);

        assertEquals(Reason.TOO_MANY_PAGES, refused.reason());
    }

    @Test
    void refusesAnOversizeUploadWithoutReadingTheRest() {
        long maxBytes = 10_000;
        EndlessPdf upload = new EndlessPdf();

        EvidenceRefused refused = assertThrows(EvidenceRefused.class, () -> {
            try (PdfInspector inspector = new PdfInspector(
                    new PdfLimits(maxBytes, 500, Duration.ofSeconds(20), 1000))) {
                inspector.inspect(upload, workDir);
            }
        });

        assertEquals(Reason.TOO_LARGE, refused.reason());
        assertEquals("The file is larger than 9.8 KB", refused.getMessage());
        assertTrue(upload.bytesRead <= maxBytes + 1, "read " + upload.bytesRead + " bytes");
        assertWorkDirEmpty();
    }

    @Test
    void acceptsAFileOfExactlyTheSizeLimitAndRefusesOneByteMore() throws Exception {
        byte[] pdf = PdfFixtures.textPdf(1, 1, "boundary");

        InspectedPdf accepted = inspect(pdf, new PdfLimits(pdf.length, 500, Duration.ofSeconds(20), 1000));
        assertEquals(pdf.length, accepted.sizeBytes());
        Files.delete(accepted.file());
        assertEquals(Reason.TOO_LARGE, refuse(pdf, new PdfLimits(pdf.length - 1, 500, Duration.ofSeconds(20), 1000)).reason());
    }

    @Test
    void describesTheDefaultSizeLimitInMegabytes() {
        EvidenceRefused refused = assertThrows(EvidenceRefused.class, () -> {
            try (PdfInspector inspector = new PdfInspector(DEFAULTS)) {
                inspector.inspect(new EndlessPdf(), workDir);
            }
        });

        assertEquals("The file is larger than 25 MB", refused.getMessage());
    }

    /**
     * About a megabyte: a form that inflates to 1 GiB, drawn on each of 50 pages. Unguarded,
     * PDFBox decodes the whole GiB into heap for every page (out of memory in a 512 MB heap; about
     * seven seconds a page in a large one). Refused by the inflation cap long before the time limit,
     * and without the worker running out of memory.
     */
    @Test
    void refusesAFlateBombQuicklyAndWithoutExhaustingMemory() {
        byte[] bomb = PdfFixtures.flateBomb(50, 1024);
        assertTrue(bomb.length < 2 * 1024 * 1024, "bomb is " + bomb.length + " bytes");
        Duration timeLimit = Duration.ofSeconds(10);

        long started = System.nanoTime();
        EvidenceRefused refused = refuse(bomb, new PdfLimits(DEFAULTS.maxBytes(), 500, timeLimit, DEFAULTS.maxTextChars()));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertEquals(Reason.TOO_COMPLEX, refused.reason());
        assertTrue(refused.getMessage().contains("expands to more than 64 MB"), refused.getMessage());
        assertFalse(refused.getCause() instanceof VirtualMachineError, "worker ran out of memory or stack");
        assertTrue(took.compareTo(timeLimit) < 0, "took " + took);
    }

    /** 20,000 levels claiming one page: PDFBox's own page iterator overflows the stack on this. */
    @Test
    void refusesAPageTreeNestedTooDeeply() {
        EvidenceRefused refused = refuse(PdfFixtures.deepPageTree(20_000), DEFAULTS);

        assertEquals(Reason.TOO_COMPLEX, refused.reason());
        assertEquals("The PDF is too complex to check: its page tree is nested too deeply", refused.getMessage());
        assertFalse(refused.getCause() instanceof VirtualMachineError, "worker ran out of memory or stack");
    }

    @Test
    void refusesWorkThatOverrunsTheTimeLimit() {
        EvidenceRefused refused = refuse(PdfFixtures.textPdf(200, 60, "slow enough for a one millisecond limit"),
                new PdfLimits(DEFAULTS.maxBytes(), 500, Duration.ofMillis(1), DEFAULTS.maxTextChars()));

        assertEquals(Reason.TOO_COMPLEX, refused.reason());
        assertEquals("The PDF is too complex to check: reading it took longer than 1 milliseconds", refused.getMessage());
    }

    @Test
    void notesJavaScriptRunWhenTheDocumentOpens() throws Exception {
        InspectedPdf inspected = inspect(PdfFixtures.openActionJavaScript("app.alert('Hello assessor');"), DEFAULTS);

        assertEquals(List.of("Runs an action when opened: runs JavaScript (app.alert('Hello assessor');)"),
                inspected.activeContent());
    }

    @Test
    void notesDocumentScriptsEmbeddedFilesAndLaunchActions() throws Exception {
        InspectedPdf inspected = inspect(PdfFixtures.scriptsAttachmentAndLaunch(), DEFAULTS);

        assertEquals(List.of(
                "Document-level JavaScript: 1 script(s) (init)",
                "Embedded file: payload.exe",
                "Page 1: a link or button launches a program or file (calc.exe)"), inspected.activeContent());
    }

    @Test
    void refusesWorkOnceClosed() {
        PdfInspector inspector = new PdfInspector(DEFAULTS);
        inspector.close();

        assertThrows(java.util.concurrent.RejectedExecutionException.class,
                () -> inspector.inspect(new ByteArrayInputStream(PdfFixtures.textPdf(1, 1, "x")), workDir));
        assertWorkDirEmpty();
    }

    private InspectedPdf inspect(byte[] pdf, PdfLimits limits) throws EvidenceRefused {
        try (PdfInspector inspector = new PdfInspector(limits)) {
            return inspector.inspect(new ByteArrayInputStream(pdf), workDir);
        }
    }

    private EvidenceRefused refuse(byte[] pdf, PdfLimits limits) {
        EvidenceRefused refused = assertThrows(EvidenceRefused.class, () -> inspect(pdf, limits));
        assertWorkDirEmpty();
        return refused;
    }

    private void assertWorkDirEmpty() {
        try (Stream<Path> left = Files.list(workDir)) {
            assertEquals(List.of(), left.toList(), "a refused upload left files behind");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A PDF header followed by bytes for ever, counting what the inspector takes. */
    private static final class EndlessPdf extends InputStream {

        private static final byte[] HEADER = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        long bytesRead;

        @Override
        public int read() {
            return bytesRead < HEADER.length ? HEADER[(int) bytesRead++] : (int) (bytesRead++ & 0x7f);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = (byte) read();
            }
            return len;
        }
    }
}
