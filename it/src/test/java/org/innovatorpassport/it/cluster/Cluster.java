package org.innovatorpassport.it.cluster;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;

/** Where the cluster that infra/test started can be reached, and how to take one of its nodes away. */
final class Cluster {

    private Cluster() {
    }

    static URL balancer() {
        return url(env("PASSPORT_CLUSTER_URL", "http://127.0.0.1:8090"));
    }

    static URL node(String name) {
        return url(env("PASSPORT_CLUSTER_NODE_" + name.toUpperCase(), "a".equals(name) ? "http://127.0.0.1:9080" : "http://127.0.0.1:9090"));
    }

    static List<String> elasticsearch() {
        return Arrays.asList(env("PASSPORT_CLUSTER_ES", "http://127.0.0.1:9211,http://127.0.0.1:9212,http://127.0.0.1:9213").split(","));
    }

    static String listingsAlias() {
        return env("PASSPORT_INDEX_PREFIX", "passport") + "-listings";
    }

    static Connection database() throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(env("PASSPORT_CLUSTER_DB_URL", "jdbc:postgresql://127.0.0.1:55441,127.0.0.1:55442/passport?targetServerType=primary"));
        dataSource.setUser(env("PASSPORT_DB_USER", "passport"));
        dataSource.setPassword(env("PASSPORT_DB_PASSWORD", "passport"));
        return dataSource.getConnection();
    }

    /** SIGKILL: the process gets no chance to finish what it was doing, as when a machine dies. */
    static void kill(String pidFile) throws IOException {
        Path file = Path.of(env("PASSPORT_CLUSTER_DIR", "/var/tmp/innovator-passport/cluster")).resolve(pidFile);
        long pid = Long.parseLong(Files.readString(file).trim());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(pid).ifPresent(process -> process.onExit().join());
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static URL url(String address) {
        try {
            return URI.create(address).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(address, e);
        }
    }
}
