package org.innovatorpassport.it.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * Peak heap of the server while several clients download one large evidence document at once.
 * The server's own memory pools are read through the WildFly management API: a GC, every heap
 * pool's peak reset, the downloads, then the peaks. The sum of pool peaks is an upper bound (it
 * counts garbage not yet collected); the old generation's peak is the telling figure, because an
 * array of half a G1 region or more (a whole document, say) is allocated there directly, while
 * small slices live and die in eden.
 */
public final class EvidenceDownloadBenchmark {

    public static final List<String> HEADER = List.of("run", "document MiB", "parallel", "all bytes right",
            "wall ms", "heap before MiB", "old gen peak +MiB", "eden peak MiB", "sum of peaks MiB");

    private static final long MIB = 1024L * 1024L;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final ModelControllerClient management;

    public EvidenceDownloadBenchmark(ModelControllerClient management) {
        this.management = management;
    }

    /**
     * Downloads {@code url} {@code parallel} times at once (after one warm-up download) and measures
     * the server's heap meanwhile. {@code authorization} is the header value the downloads send.
     */
    public List<String> measure(String label, URI url, String authorization, String sha256, long size, int parallel)
            throws Exception {
        download(url, authorization);
        gc();
        Map<String, Long> before = heapUsed();
        resetPeaks();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        boolean allRight = true;
        long started;
        long millis;
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> downloads = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                downloads.add(pool.submit(() -> {
                    go.await();
                    return download(url, authorization);
                }));
            }
            started = System.nanoTime();
            go.countDown();
            for (Future<String> download : downloads) {
                allRight &= sha256.equals(download.get());
            }
            millis = (System.nanoTime() - started) / 1_000_000;
        } finally {
            pool.shutdownNow();
        }
        Map<String, Long> peaks = heapPeaks();
        long oldBefore = pick(before, "Old");
        long oldPeak = pick(peaks, "Old");
        long heapBefore = before.values().stream().mapToLong(Long::longValue).sum();
        return List.of(label, Benchmarks.format(size / (double) MIB, 1), String.valueOf(parallel),
                allRight ? "yes" : "NO", String.valueOf(millis), Benchmarks.format(heapBefore / (double) MIB, 1),
                Benchmarks.format(Math.max(0, oldPeak - oldBefore) / (double) MIB, 1),
                Benchmarks.format(pick(peaks, "Eden") / (double) MIB, 1),
                Benchmarks.format(peaks.values().stream().mapToLong(Long::longValue).sum() / (double) MIB, 1));
    }

    public static String table(List<List<String>> rows) {
        return Benchmarks.table("Evidence download: server heap during parallel downloads of one document", HEADER, rows);
    }

    /** Reads the whole response and answers its SHA-256, holding only a buffer on this side too. */
    private static String download(URI url, String authorization) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(5)).header("Authorization", authorization)
                .GET().build();
        HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                return "status " + response.statusCode();
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long pick(Map<String, Long> pools, String part) {
        return pools.entrySet().stream().filter(e -> e.getKey().contains(part)).mapToLong(Map.Entry::getValue).sum();
    }

    private void gc() throws IOException {
        ModelNode op = operation("gc", memory());
        execute(op);
    }

    private void resetPeaks() throws IOException {
        for (String pool : heapPools()) {
            execute(operation("reset-peak-usage", pool(pool)));
        }
    }

    private Map<String, Long> heapUsed() throws IOException {
        return usage("usage");
    }

    private Map<String, Long> heapPeaks() throws IOException {
        return usage("peak-usage");
    }

    private Map<String, Long> usage(String attribute) throws IOException {
        Map<String, Long> used = new LinkedHashMap<>();
        for (String pool : heapPools()) {
            ModelNode op = operation("read-attribute", pool(pool));
            op.get("name").set(attribute);
            used.put(pool, execute(op).get("used").asLong());
        }
        return used;
    }

    private List<String> heapPools() throws IOException {
        ModelNode op = operation("read-children-names", pools());
        op.get("child-type").set("name");
        List<String> heap = new ArrayList<>();
        for (ModelNode name : execute(op).asList()) {
            ModelNode read = operation("read-attribute", pool(name.asString()));
            read.get("name").set("type");
            if ("HEAP".equals(execute(read).asString())) {
                heap.add(name.asString());
            }
        }
        return heap;
    }

    private ModelNode execute(ModelNode op) throws IOException {
        ModelNode outcome = management.execute(op);
        if (!"success".equals(outcome.get("outcome").asString())) {
            throw new IllegalStateException("management operation failed: " + op + " -> " + outcome);
        }
        return outcome.get("result");
    }

    private static ModelNode operation(String name, ModelNode address) {
        ModelNode op = new ModelNode();
        op.get("operation").set(name);
        op.get("address").set(address);
        return op;
    }

    private static ModelNode platform() {
        ModelNode address = new ModelNode();
        address.add("core-service", "platform-mbean");
        return address;
    }

    private static ModelNode memory() {
        ModelNode address = platform();
        address.add("type", "memory");
        return address;
    }

    /** Memory pools are children of {@code /core-service=platform-mbean/type=memory-pool}, by name. */
    private static ModelNode pools() {
        ModelNode address = platform();
        address.add("type", "memory-pool");
        return address;
    }

    private static ModelNode pool(String name) {
        ModelNode address = pools();
        address.add("name", name);
        return address;
    }

    /**
     * A valid PDF of about {@code mib} MiB that costs nothing to read: one page per 5 MiB, each
     * showing an uncompressed image of noise (images are never decoded by the evidence checks).
     */
    public static byte[] largePdf(int mib) {
        Random random = new Random(20);
        int width = 1024;
        int height = 1706;
        int pages = Math.max(1, mib / 5);
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                COSStream stream = document.getDocument().createCOSStream();
                stream.setItem(COSName.TYPE, COSName.XOBJECT);
                stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
                stream.setInt(COSName.WIDTH, width);
                stream.setInt(COSName.HEIGHT, height);
                stream.setInt(COSName.BITS_PER_COMPONENT, 8);
                stream.setItem(COSName.COLORSPACE, COSName.DEVICERGB);
                try (OutputStream raw = stream.createRawOutputStream()) {
                    byte[] row = new byte[width * 3];
                    for (int y = 0; y < height; y++) {
                        random.nextBytes(row);
                        raw.write(row);
                    }
                }
                PDImageXObject image = new PDImageXObject(new PDStream(stream), null);
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 36, 36, 523, 770);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
