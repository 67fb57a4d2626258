package org.innovatorpassport.it.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The test Elasticsearch node that infra/test started, stopped and started again by a test that
 * needs it down. It is found by the pid file infra/test keeps ({@code $PASSPORT_DATA_DIR/test/
 * elasticsearch/elasticsearch.pid}) and started again exactly as it was: same distribution, same
 * configuration folder, same JVM, same user, same pid file (so infra/test still stops it at the end).
 */
public final class ElasticsearchNode {
    private final Path pidFile;
    private final Map<String, String> environment = new TreeMap<>();
    private String home;
    private String user;

    private ElasticsearchNode(Path pidFile) {
        this.pidFile = pidFile;
    }

    public static ElasticsearchNode ofTestStack() {
        return new ElasticsearchNode(Path.of(Stack.env("PASSPORT_DATA_DIR", "/var/tmp/innovator-passport"), "test", "elasticsearch",
                "elasticsearch.pid"));
    }

    public static String url() {
        return Stack.env("PASSPORT_ES_URL", "http://127.0.0.1:9250").split(",")[0].trim();
    }

    /** Stops the node (SIGTERM, as infra does) and waits until its port is closed. */
    public void stop() throws Exception {
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        List<String> heap = new ArrayList<>();
        Path proc = Path.of("/proc", Long.toString(pid));
        for (String entry : new String(Files.readAllBytes(proc.resolve("environ")), StandardCharsets.UTF_8).split("\0")) {
            int eq = entry.indexOf('=');
            if (eq > 0 && List.of("ES_JAVA_HOME", "ES_PATH_CONF", "ES_JAVA_OPTS", "HOME").contains(entry.substring(0, eq))) {
                environment.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        for (String argument : new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8).split("\0")) {
            if (argument.startsWith("-Des.path.home=")) {
                home = argument.substring("-Des.path.home=".length());
            }
            if (argument.startsWith("-Xms") || argument.startsWith("-Xmx")) {
                // the launcher consumes ES_JAVA_OPTS; without the heap it had, a restart would size it for the whole machine
                heap.add(argument);
            }
            if (argument.startsWith("-Des.path.conf=")) {
                environment.putIfAbsent("ES_PATH_CONF", argument.substring("-Des.path.conf=".length()));
            }
        }
        if (!environment.containsKey("ES_JAVA_OPTS") && !heap.isEmpty()) {
            environment.put("ES_JAVA_OPTS", String.join(" ", heap));
        }
        if (!environment.containsKey("ES_JAVA_HOME")) {
            Path java = Files.readSymbolicLink(proc.resolve("exe"));
            environment.put("ES_JAVA_HOME", java.getParent().getParent().toString());
        }
        user = Files.getOwner(proc).getName();
        if (home == null) {
            throw new IllegalStateException("cannot tell where Elasticsearch " + pid + " was installed");
        }
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroy();
        process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        if (answers()) {
            throw new IllegalStateException("Elasticsearch still answers at " + url());
        }
    }

    /** Starts it again as it was and waits until the cluster is at least yellow. */
    public void start() throws Exception {
        List<String> command = new ArrayList<>();
        if (!user.equals(System.getProperty("user.name"))) {
            command.addAll(List.of("runuser", "-u", user, "--"));
        }
        command.add("env");
        environment.forEach((k, v) -> command.add(k + "=" + v));
        command.addAll(List.of(home + "/bin/elasticsearch", "-d", "-p", pidFile.toString()));
        Process started = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(pidFile.resolveSibling("restart.log").toFile()).start();
        if (started.waitFor() != 0) {
            throw new IllegalStateException("Elasticsearch did not start again: see " + pidFile.resolveSibling("restart.log"));
        }
        for (int waited = 0; waited < 180; waited += 2) {
            if (answers()) {
                return;
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("Elasticsearch did not answer within 180 s of starting again");
    }

    private static boolean answers() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=5s")
                    .toURL().openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(10000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
