package org.innovatorpassport.it.assurance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.innovatorpassport.it.assurance.Suppliers.Draft;
import org.innovatorpassport.it.assurance.Uploads.Upload;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.Stack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser or API client that sends several files at once to one submission loses none of them,
 * while two edits of the same answer at the same moment are still a conflict.
 */
@ExtendWith(ArquillianExtension.class)
class ParallelUploadsIT {

    private static final int PARALLEL = 8;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @ArquillianResource
    URL base;

    @Test
    void eightUploadsAtOnceAllLandAndAreAllListed() throws Exception {
        Draft draft = Suppliers.draft(base);
        Http supplier = draft.supplier().http();
        String submissionId = draft.submissionId();
        List<Reply> replies = all(PARALLEL, i -> () -> Uploads.attach(supplier, submissionId,
                Upload.pdf("OTHER", LocalDate.now().minusDays(1), "parallel-" + i + ".pdf",
                        EvidencePdfs.valid(2, "Parallel upload number " + i))));
        Set<String> stored = new HashSet<>();
        for (Reply reply : replies) {
            assertEquals(201, reply.status(), "every parallel upload is stored: " + reply);
            stored.add(Views.text(reply.json(), "id"));
        }
        Set<String> listed = new HashSet<>();
        Set<String> names = new HashSet<>();
        Uploads.current(supplier, submissionId).forEach(e -> {
            listed.add(Views.text(e, "id"));
            names.add(Views.text(e, "fileName"));
        });
        assertEquals(stored, listed, "all eight are listed");
        for (int i = 0; i < PARALLEL; i++) {
            assertEquals(true, names.contains("parallel-" + i + ".pdf"), "listed: parallel-" + i + ".pdf in " + names);
        }
    }

    @Test
    void twoEditsOfTheSameAnswerAtOnceStillConflict() throws Exception {
        Draft draft = Suppliers.draft(base);
        Http supplier = draft.supplier().http();
        String path = "/api/submissions/" + draft.submissionId() + "/answers";
        long revision = draft.submission().getJsonNumber("revision").longValue();
        Reply first = supplier.put(path, DtacAnswers.answersJson(revision, Map.of("A9", "United Kingdom")));
        assertEquals(200, first.status(), first.body());
        long loaded = first.json().getJsonNumber("revision").longValue();

        // an upload between loading and saving does not make the loaded revision stale
        Uploads.attached(supplier, draft.submissionId(), Upload.pdf("OTHER", LocalDate.now().minusDays(1), "between.pdf",
                EvidencePdfs.valid(1, "Uploaded while the answers were open")));

        List<String> values = List.of("France", "Germany");
        List<Reply> edits = all(2, i -> () -> supplier.put(path, DtacAnswers.answersJson(loaded, Map.of("A9", values.get(i)))));
        List<Integer> statuses = new ArrayList<>(edits.stream().map(Reply::status).sorted().toList());
        assertEquals(List.of(200, 409), statuses, "one edit is saved, the other is a conflict: " + edits);
        Reply conflict = edits.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        Problems.assertProblem(conflict, 409, "/problems/conflict");
        Reply saved = edits.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        String kept = Views.answerValue(Views.criterion(supplier.get("/api/submissions/" + draft.submissionId()).json(), "A9"));
        assertEquals(Views.answerValue(Views.criterion(saved.json(), "A9")), kept, "the saved edit is the one kept");
    }

    interface Task {
        Callable<Reply> number(int i);
    }

    /** Runs the calls together, released at the same moment, and waits for every reply. */
    static List<Reply> all(int count, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Callable<Reply> call = task.number(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
