package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.innovatorpassport.it.assurance.Suppliers.Draft;
import org.innovatorpassport.it.assurance.Uploads.Upload;
import org.innovatorpassport.it.bench.EvidenceDownloadBenchmark;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A 20 MiB document downloads whole and unchanged, and the download benchmark runs against the real
 * server: it prints the server's heap figures during 8 parallel downloads and asserts nothing about
 * them, so a slow or busy machine cannot fail the build.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceDownloadBenchmarkIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @ArquillianResource
    ManagementClient management;

    @Test
    void twentyMiBDocumentDownloadsWholeWhileEightClientsReadIt() throws Exception {
        byte[] pdf = EvidenceDownloadBenchmark.largePdf(20);
        Draft draft = Suppliers.draft(base);
        JsonObject stored = Uploads.attached(draft.supplier().http(), draft.submissionId(),
                Upload.pdf("OTHER", LocalDate.now().minusDays(1), "large-evidence.pdf", pdf));
        String id = Views.text(stored, "id");

        Reply one = draft.supplier().http().get("/api/evidence/" + id + "/content");
        assertEquals(200, one.status(), one.toString());
        assertEquals(String.valueOf(pdf.length), one.header("Content-Length"), "the size is told before the bytes");
        assertArrayEquals(pdf, one.bytes(), "the download is the document as uploaded");

        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (draft.supplier().contactEmail() + ":" + draft.supplier().password()).getBytes(StandardCharsets.UTF_8));
        URI url = URI.create(base.toString().replaceAll("/$", "") + "/api/evidence/" + id + "/content");
        EvidenceDownloadBenchmark benchmark = new EvidenceDownloadBenchmark(management.getControllerClient());
        List<List<String>> rows = new ArrayList<>();
        for (int run = 1; run <= 3; run++) {
            rows.add(benchmark.measure("run " + run, url, authorization, EvidencePdfs.sha256(pdf), pdf.length, 8));
        }
        System.out.println(EvidenceDownloadBenchmark.table(rows));
        rows.forEach(row -> assertEquals("yes", row.get(3), "every parallel download is the document: " + row));
    }
}
