package org.innovatorpassport.assurance.internal.evidence;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.innovatorpassport.assurance.internal.evidence.EvidenceRefused.Reason;

/**
 * Refuses a PDF whose streams inflate beyond what any honest evidence needs. PDFBox decodes a
 * stream wholly into heap before reading it, so a few hundred kilobytes of FlateDecode can become
 * gigabytes during text extraction. Here every stream text extraction might decode (contents,
 * forms, fonts, colour profiles; not images or attachments, which it never decodes) is run through
 * its filters into a counting sink that gives up at the cap, so nothing is held in memory and a
 * bomb costs a few milliseconds.
 */
final class InflationLimit {

    /** Far above the content stream of any real page, far below a heap worth defending. */
    static final long MAX_STREAM_BYTES = 64L * 1024 * 1024;
    static final long MAX_DOCUMENT_BYTES = 1024L * 1024 * 1024;

    private static final Set<COSName> IMAGE_FILTERS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE,
            COSName.CCITTFAX_DECODE_ABBREVIATION);

    private final Path scratchDir;
    private long documentBytes;

    private InflationLimit(Path scratchDir) {
        this.scratchDir = scratchDir;
    }

    static void check(COSDocument document, Path scratchDir) throws EvidenceRefused, IOException {
        new InflationLimit(scratchDir).checkAll(document);
    }

    private void checkAll(COSDocument document) throws EvidenceRefused, IOException {
        List<Map.Entry<COSObjectKey, Long>> entries = new ArrayList<>(document.getXrefTable().entrySet());
        for (Map.Entry<COSObjectKey, Long> entry : entries) {
            // objects inside object streams have negative offsets and can never be streams themselves
            if (entry.getValue() == null || entry.getValue() <= 0) {
                continue;
            }
            COSBase object = document.getObjectFromPool(entry.getKey()).getObject();
            if (object instanceof COSStream stream && isReadForText(stream)) {
                documentBytes += decodedSize(stream);
                if (documentBytes > MAX_DOCUMENT_BYTES) {
                    throw tooComplex("its streams expand to more than "
                            + EvidenceRefused.describeSize(MAX_DOCUMENT_BYTES) + " in total");
                }
            }
        }
    }

    private static boolean isReadForText(COSStream stream) {
        if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                || COSName.EMBEDDED_FILE.equals(stream.getCOSName(COSName.TYPE))) {
            return false;
        }
        return filters(stream).stream().noneMatch(IMAGE_FILTERS::contains);
    }

    private long decodedSize(COSStream stream) throws EvidenceRefused, IOException {
        List<COSName> filters = filters(stream);
        if (filters.isEmpty()) {
            return stream.getLength();
        }
        long budget = Math.min(MAX_STREAM_BYTES, MAX_DOCUMENT_BYTES - documentBytes);
        Path stage = null;
        try {
            long size = 0;
            for (int i = 0; i < filters.size(); i++) {
                boolean last = i == filters.size() - 1;
                Path next = last ? null : Files.createTempFile(scratchDir, "inflate-", ".bin");
                try (InputStream in = stage == null ? stream.createRawInputStream() : Files.newInputStream(stage);
                     CountingSink sink = new CountingSink(
                             last ? OutputStream.nullOutputStream() : Files.newOutputStream(next), budget)) {
                    size = decodeOne(filters.get(i), i, stream, in, sink);
                } finally {
                    if (stage != null) {
                        Files.deleteIfExists(stage);
                    }
                    stage = next;
                }
                if (size < 0) {
                    return 0; // undecodable: PDFBox will meet the same error and cope or refuse
                }
            }
            return size;
        } finally {
            if (stage != null) {
                Files.deleteIfExists(stage);
            }
        }
    }

    /** Bytes decoded, or -1 when the filter failed for a reason other than size. */
    private long decodeOne(COSName name, int index, COSStream parameters, InputStream in, CountingSink sink)
            throws EvidenceRefused, IOException {
        try {
            Filter filter = FilterFactory.INSTANCE.getFilter(name);
            filter.decode(in, sink, parameters, index);
            sink.flush();
        } catch (IOException | RuntimeException e) {
            if (sink.cancelled) {
                throw new InterruptedIOException("Stream check cancelled");
            }
            if (!sink.overBudget()) {
                return -1;
            }
        }
        if (sink.overBudget()) {
            throw sink.budget < MAX_STREAM_BYTES
                    ? tooComplex("its streams expand to more than "
                            + EvidenceRefused.describeSize(MAX_DOCUMENT_BYTES) + " in total")
                    : tooComplex("part of it expands to more than " + EvidenceRefused.describeSize(MAX_STREAM_BYTES));
        }
        return sink.count;
    }

    /** The filters PDFBox will apply, duplicates dropped as PDFBox drops them. */
    private static List<COSName> filters(COSStream stream) {
        COSBase filters = stream.getFilters();
        Set<COSName> names = new LinkedHashSet<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static EvidenceRefused tooComplex(String why) {
        return new EvidenceRefused(Reason.TOO_COMPLEX, "The PDF is too complex to check: " + why);
    }

    /** Counts what a filter writes and stops it at the budget or when the inspection is cancelled. */
    private static final class CountingSink extends FilterOutputStream {

        private final long budget;
        private long count;
        private boolean cancelled;

        CountingSink(OutputStream out, long budget) {
            super(out);
            this.budget = budget;
        }

        @Override
        public void write(int b) throws IOException {
            admit(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            admit(len);
            out.write(b, off, len);
        }

        boolean overBudget() {
            return count > budget;
        }

        private void admit(int len) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                cancelled = true;
                throw new InterruptedIOException("Stream check cancelled");
            }
            count += len;
            if (count > budget) {
                throw new IOException("Stream expands past " + budget + " bytes");
            }
        }
    }
}
