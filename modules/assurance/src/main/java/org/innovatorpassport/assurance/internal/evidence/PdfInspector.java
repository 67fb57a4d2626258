package org.innovatorpassport.assurance.internal.evidence;

import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.innovatorpassport.assurance.internal.evidence.EvidenceRefused.Reason;

/**
 * Checks an uploaded evidence PDF and reads it for the assessor, with bounded memory and time.
 * The upload is copied to disk on the caller's thread (byte cap, header check, SHA-256); parsing
 * and text extraction run on a small pool this inspector owns, so a PDF that will not finish is
 * cancelled at the time limit and at most a few uploads are ever being parsed at once.
 * Close the inspector when the application stops.
 */
public final class PdfInspector implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PdfInspector.class.getName());
    private static final int DEFAULT_WORKERS = 2;

    private final PdfLimits limits;
    private final ExecutorService workers;

    public PdfInspector(PdfLimits limits) {
        this(limits, DEFAULT_WORKERS);
    }

    public PdfInspector(PdfLimits limits, int workers) {
        this.limits = Objects.requireNonNull(limits, "limits");
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "pdf-inspector-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public PdfLimits limits() {
        return limits;
    }

    /**
     * Copies {@code upload} into {@code workDir} and inspects it. On success the caller owns the
     * returned file; on refusal nothing is left in {@code workDir}.
     *
     * @throws EvidenceRefused            when the file is not acceptable evidence
     * @throws RejectedExecutionException when every worker stayed busy for a whole time limit, or
     *                                    the inspector is closed; the upload may be retried
     * @throws java.io.UncheckedIOException when the upload or the work directory fails
     */
    public InspectedPdf inspect(InputStream upload, Path workDir) throws EvidenceRefused {
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(workDir, "workDir");
        UploadCopy copy = UploadCopy.of(upload, workDir, limits.maxBytes());
        try {
            PdfReading.Result read = readWithinTimeLimit(copy.file());
            return new InspectedPdf(copy.file(), copy.sizeBytes(), copy.sha256Hex(), read.pageCount(),
                    read.text(), read.activeContent());
        } catch (EvidenceRefused | RuntimeException e) {
            UploadCopy.deleteQuietly(copy.file());
            throw e;
        }
    }

    private PdfReading.Result readWithinTimeLimit(Path file) throws EvidenceRefused {
        PdfReading reading = new PdfReading(file, limits);
        Future<PdfReading.Result> result = workers.submit(reading);
        try {
            // the clock starts when a worker takes the file, so waiting behind others is not held against
            // it; a time limit and a second is long enough for a worker stuck on a bad file to be freed
            if (!reading.awaitStart(limits.timeLimit().plusSeconds(1))) {
                result.cancel(true);
                throw new RejectedExecutionException("Every PDF worker is busy; try the upload again shortly");
            }
            return result.get(limits.timeLimit().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new EvidenceRefused(Reason.TOO_COMPLEX, "The PDF is too complex to check: reading it took longer than "
                    + describe(limits.timeLimit()));
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new RejectedExecutionException("Interrupted while checking the PDF", e);
        } catch (ExecutionException e) {
            throw refusalFor(e.getCause());
        }
    }

    private static EvidenceRefused refusalFor(Throwable failure) {
        if (failure instanceof EvidenceRefused refused) {
            return refused;
        }
        if (failure instanceof VirtualMachineError) {
            // out of memory or stack inside the worker: the file's structure, not the server, is to blame
            LOG.log(Level.WARNING, "PDF inspection exhausted the worker", failure);
            return new EvidenceRefused(Reason.TOO_COMPLEX,
                    "The PDF is too complex to check: reading it needs more memory than allowed", failure);
        }
        LOG.log(Level.DEBUG, "PDF could not be read", failure);
        return new EvidenceRefused(Reason.CORRUPT, "The PDF is damaged and could not be read", failure);
    }

    private static String describe(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " seconds" : millis + " milliseconds";
    }

    /** Stops the workers, cancelling any inspection still running. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
