package org.innovatorpassport.it.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.innovatorpassport.assurance.internal.evidence.InspectedPdf;
import org.innovatorpassport.assurance.internal.evidence.PdfInspector;
import org.innovatorpassport.assurance.internal.evidence.PdfLimits;

/**
 * How long checking and reading a typical long evidence PDF takes, and how much heap it uses.
 * Peak heap is the sum of each heap pool's peak since a reset just before the run, after a GC: an
 * upper bound that includes garbage not yet collected, so it shows the order of magnitude an
 * upload costs rather than its live set. Allocation is what every thread allocated in the run.
 */
final class PdfIngestBenchmark {

    static final List<String> HEADER = List.of("run", "pages", "file KiB", "text chars", "runs", "min ms",
            "median ms", "max ms", "peak heap MiB", "allocated MiB");

    private static final int PAGES = 100;
    private static final int WARM_UP = 3;
    private static final int RUNS = 5;

    List<String> measure() throws Exception {
        byte[] pdf = hundredPageReport();
        Path workDir = Files.createTempDirectory("ingest-bench");
        long[] millis = new long[RUNS];
        long peakHeap = 0;
        long allocated = 0;
        int textChars = 0;
        try (PdfInspector inspector = new PdfInspector(PdfLimits.defaults())) {
            for (int i = 0; i < WARM_UP; i++) {
                discard(inspector.inspect(new ByteArrayInputStream(pdf), workDir));
            }
            for (int i = 0; i < RUNS; i++) {
                System.gc();
                List<MemoryPoolMXBean> heap = heapPools();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                long allocatedBefore = allocatedByAllThreads();
                long started = System.nanoTime();
                InspectedPdf inspected = inspector.inspect(new ByteArrayInputStream(pdf), workDir);
                millis[i] = (System.nanoTime() - started) / 1_000_000;
                allocated = Math.max(allocated, allocatedByAllThreads() - allocatedBefore);
                peakHeap = Math.max(peakHeap, heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum());
                textChars = inspected.text().length();
                discard(inspected);
            }
        } finally {
            try (Stream<Path> left = Files.list(workDir)) {
                for (Path file : left.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(workDir);
        }
        Arrays.sort(millis);
        return List.of("100-page text PDF", String.valueOf(PAGES), String.valueOf(pdf.length >> 10),
                String.valueOf(textChars), String.valueOf(RUNS), String.valueOf(millis[0]),
                String.valueOf(millis[RUNS / 2]), String.valueOf(millis[RUNS - 1]),
                Benchmarks.format(peakHeap / 1048576.0, 1),
                allocated < 0 ? "n/a" : Benchmarks.format(allocated / 1048576.0, 1));
    }

    private static void discard(InspectedPdf inspected) throws IOException {
        Files.deleteIfExists(inspected.file());
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
                .toList();
    }

    /** Bytes allocated so far by live threads, or a negative number where the JVM cannot say. */
    private static long allocatedByAllThreads() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
            return Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds()))
                    .filter(bytes -> bytes > 0).sum();
        }
        return Long.MIN_VALUE / 2;
    }

    /** A report-like evidence PDF: 100 A4 pages of 50 lines of Helvetica each. */
    private static byte[] hundredPageReport() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 1; n <= PAGES; n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(helvetica, 9);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 790);
                    for (int line = 1; line <= 50; line++) {
                        content.showText("Section " + n + "." + line + ": the supplier maintains a hazard log and "
                                + "reviews each hazard with its clinical safety officer.");
                        content.newLine();
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
