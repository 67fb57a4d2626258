package org.innovatorpassport.assurance.internal.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innovatorpassport.platform.api.Problem;

/**
 * The node's PDF inspector, with the limits from configuration, and the translation of each
 * refusal into the answer the supplier sees.
 */
@ApplicationScoped
public class EvidenceInspection {

    @Inject
    @ConfigProperty(name = "PASSPORT_EVIDENCE_MAX_BYTES", defaultValue = "26214400")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "PASSPORT_EVIDENCE_MAX_PAGES", defaultValue = "500")
    int maxPages;

    private PdfInspector inspector;
    private Path workDir;

    @PostConstruct
    void open() {
        inspector = new PdfInspector(new PdfLimits(maxBytes, maxPages, Duration.ofSeconds(20), 2_000_000));
        try {
            workDir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "passport-evidence"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void close() {
        inspector.close();
    }

    public InspectedPdf inspect(InputStream upload) {
        try {
            return inspector.inspect(upload, workDir);
        } catch (EvidenceRefused refused) {
            throw problemFor(refused);
        } catch (RejectedExecutionException busy) {
            throw new Problem(503, "evidence-busy", "Too many uploads at once", "Too many documents are being checked right now. Try again in a minute.");
        }
    }

    static Problem problemFor(EvidenceRefused refused) {
        record Answer(int status, String type, String title) {
        }
        Map<EvidenceRefused.Reason, Answer> answers = Map.of(
                EvidenceRefused.Reason.EMPTY, new Answer(400, "evidence-empty", "The file is empty"),
                EvidenceRefused.Reason.TOO_LARGE, new Answer(413, "evidence-too-large", "The file is too large"),
                EvidenceRefused.Reason.NOT_PDF, new Answer(415, "evidence-not-pdf", "The file is not a PDF"),
                EvidenceRefused.Reason.CORRUPT, new Answer(422, "evidence-corrupt", "The PDF is damaged"),
                EvidenceRefused.Reason.ENCRYPTED, new Answer(422, "evidence-encrypted", "The PDF is protected"),
                EvidenceRefused.Reason.TOO_MANY_PAGES, new Answer(422, "evidence-too-many-pages", "The PDF has too many pages"),
                EvidenceRefused.Reason.TOO_COMPLEX, new Answer(422, "evidence-too-complex", "The PDF is too complex to check"));
        Answer answer = answers.get(refused.reason());
        return new Problem(answer.status(), answer.type(), answer.title(), refused.getMessage(), Map.of("file", refused.getMessage()));
    }
}
