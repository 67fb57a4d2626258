package org.innovatorpassport.assurance.internal.evidence;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.innovatorpassport.assurance.internal.evidence.EvidenceRefused.Reason;

/**
 * The upload as written to the work directory, with its size and SHA-256 taken on the way in so
 * the file is read from the client exactly once.
 */
record UploadCopy(Path file, long sizeBytes, String sha256Hex) {

    /** The PDF specification lets a header follow up to 1024 bytes of junk; readers accept that too. */
    static final int HEADER_WINDOW = 1024;

    private static final byte[] HEADER = "%PDF-".getBytes(US_ASCII);

    /**
     * Copies at most {@code maxBytes + 1} bytes: one byte past the limit proves the upload is too
     * large without reading (or storing) the rest of a hostile stream. A file that shows no PDF
     * header in its first kilobyte is refused as soon as that kilobyte has arrived.
     */
    static UploadCopy of(InputStream upload, Path workDir, long maxBytes) throws EvidenceRefused {
        Path file = createIn(workDir);
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            MessageDigest sha256 = sha256();
            byte[] buffer = new byte[64 * 1024];
            byte[] head = new byte[HEADER_WINDOW];
            int headLength = 0;
            boolean headerSeen = false;
            long total = 0;
            int read;
            while ((read = upload.read(buffer, 0, room(maxBytes - total, buffer.length))) >= 0) {
                total += read;
                if (total > maxBytes) {
                    throw new EvidenceRefused(Reason.TOO_LARGE,
                            "The file is larger than " + EvidenceRefused.describeSize(maxBytes));
                }
                if (!headerSeen) {
                    int take = Math.min(read, HEADER_WINDOW - headLength);
                    System.arraycopy(buffer, 0, head, headLength, take);
                    headLength += take;
                    headerSeen = contains(head, headLength, HEADER);
                    if (!headerSeen && headLength == HEADER_WINDOW) {
                        throw notPdf();
                    }
                }
                sha256.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            if (total == 0) {
                throw new EvidenceRefused(Reason.EMPTY, "The file is empty");
            }
            if (!headerSeen) {
                throw notPdf();
            }
            kept = true;
            return new UploadCopy(file, total, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the upload to " + workDir, e);
        } finally {
            if (!kept) {
                deleteQuietly(file);
            }
        }
    }

    /** One byte more than the limit still allows, so an exact-size file is accepted and one byte over is not. */
    private static int room(long remaining, int buffer) {
        return remaining < buffer ? (int) remaining + 1 : buffer;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a worker still holding the file open on a platform that forbids deleting it
            file.toFile().deleteOnExit();
        }
    }

    private static EvidenceRefused notPdf() {
        return new EvidenceRefused(Reason.NOT_PDF, "The file is not a PDF");
    }

    private static Path createIn(Path workDir) {
        try {
            return Files.createTempFile(workDir, "evidence-", ".pdf");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a file in " + workDir, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static boolean contains(byte[] data, int length, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (data[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
