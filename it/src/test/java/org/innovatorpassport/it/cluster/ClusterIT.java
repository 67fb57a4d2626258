package org.innovatorpassport.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.innovatorpassport.it.assurance.IssuedPassports;
import org.innovatorpassport.it.assurance.Suppliers;
import org.innovatorpassport.it.support.Demo;
import org.innovatorpassport.it.support.Http;
import org.innovatorpassport.it.support.Http.Reply;
import org.innovatorpassport.it.support.SignedInPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The application on two WildFly nodes behind HAProxy, three Elasticsearch nodes and a PostgreSQL
 * primary with a synchronous standby, as infra/run --cluster starts it. The last two tests kill a
 * node each, so the order matters; each prints what clients saw, for the README's figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final Instant STARTED = Instant.now();
    private static final List<String> ACKNOWLEDGED = java.util.Collections.synchronizedList(new ArrayList<>());

    @Test
    @Order(1)
    void aPassportIssuedThroughOneNodeIsVerifiedThroughTheOther() {
        JsonObject issued = IssuedPassports.issue(Cluster.node("a"), "Issued on node a of a cluster");
        Reply verified = Http.anonymous(Cluster.node("b")).get("/api/verify/" + issued.getString("code"));
        assertEquals(200, verified.status(), verified.body());
        assertTrue(verified.json().getBoolean("valid"), verified.body());
        assertEquals(issued.getJsonObject("signature").getString("jws"),
                verified.json().getJsonObject("signature").getString("jws"), "node b reads the signature node a made");
        assertTrue(verified.json().getJsonObject("signature").getBoolean("valid"), "and checks it with the key every node shares");
    }

    @Test
    @Order(2)
    void aSignInOnOneNodeIsAcceptedByTheOther() {
        SignedInPages onA = SignedInPages.as(Cluster.node("a"), Demo.TRUST);
        Document trustHome = onA.at(Cluster.node("b")).open("/trust");
        assertFalse(trustHome.select("h1").text().isBlank(), trustHome.text());
        assertFalse(trustHome.select("form[action=/logout]").isEmpty(), "node b knows who signed in on node a: " + trustHome.text());
    }

    @Test
    @Order(3)
    void bothNodesDrainTheOutboxAndDeliverEachMessageOnce() throws Exception {
        Instant since = Instant.now();
        Http supplier = Suppliers.register(Cluster.balancer()).http();
        for (int i = 0; i < 20; i++) {
            Suppliers.createProduct(supplier, "Outbox count " + i + " " + since.toEpochMilli(), "1.0");
        }
        try (Connection database = Cluster.database()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            int waiting;
            do {
                Thread.sleep(500);
                // a message is marked delivered once each of its consumers has had it
                waiting = count(database, "select count(*) from platform.outbox_message where created_at >= ? and delivered_at is null", since);
            } while (waiting > 0 && System.nanoTime() < deadline);
            assertEquals(0, waiting, "every message is delivered");
            int messages = count(database, "select count(*) from platform.outbox_message where created_at >= ?", since);
            int deliveries = count(database, "select count(*) from platform.outbox_delivery d join platform.outbox_message m "
                    + "on m.id = d.message_id where m.created_at >= ?", since);
            int attempts = count(database, "select coalesce(sum(d.attempts), 0) from platform.outbox_delivery d "
                    + "join platform.outbox_message m on m.id = d.message_id where m.created_at >= ?", since);
            System.out.printf("outbox: %d messages written through the balancer, %d deliveries due (message x consumer), "
                    + "%d made by two draining nodes%n", messages, deliveries, attempts);
            assertTrue(messages >= 20, "one message per product at least: " + messages);
            assertTrue(deliveries >= messages, "every message has a delivery for each of its consumers");
            assertEquals(deliveries, attempts, "each message delivered once to each consumer, never by both nodes");
        }
    }

    @Test
    @Order(4)
    void theExpiryJobRunsOncePerPeriodAcrossTheCluster() throws Exception {
        // infra/test runs the cluster with a one-minute period, so that a few periods pass during the tests
        Thread.sleep(Math.max(0, Duration.ofSeconds(150).minus(Duration.between(STARTED, Instant.now())).toMillis()));
        try (Connection database = Cluster.database();
             PreparedStatement select = database.prepareStatement(
                     "select period, node, attempts from platform.job_run where job = 'passport-status' order by period")) {
            TreeMap<Instant, Integer> attemptsByPeriod = new TreeMap<>();
            Set<String> runners = ConcurrentHashMap.newKeySet();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    attemptsByPeriod.put(rows.getTimestamp(1).toInstant(), rows.getInt(3));
                    runners.add(rows.getString(2));
                }
            }
            System.out.printf("expiry job: %d periods, each run once, by %s; attempts per period %s%n",
                    attemptsByPeriod.size(), runners, attemptsByPeriod.values());
            assertTrue(attemptsByPeriod.size() >= 2, "several periods passed: " + attemptsByPeriod);
            assertTrue(attemptsByPeriod.values().stream().anyMatch(attempts -> attempts >= 2),
                    "both nodes woke up for a period, and only one of them ran it: " + attemptsByPeriod);
        }
    }

    @Test
    @Order(5)
    void searchesKeepAnsweringAndNoUpdateIsLostWhenAnElasticsearchNodeDies() throws Exception {
        Suppliers.Supplier author = Suppliers.register(Cluster.balancer());
        Http supplier = author.http();
        Http trust = Http.as(Cluster.balancer(), Demo.TRUST);
        signedInOnEveryNode(author.contactEmail(), author.password());
        signedInOnEveryNode(Demo.TRUST, Http.PASSWORD);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        AtomicInteger failedSearches = new AtomicInteger();
        List<String> written = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 2; i++) {
            clients.submit(() -> {
                while (running.get()) {
                    Reply found = trust.get("/api/catalogue?q=observations");
                    searches.incrementAndGet();
                    if (found.status() != 200) {
                        failedSearches.incrementAndGet();
                    }
                }
                return null;
            });
        }
        for (int i = 0; i < 2; i++) {
            int writer = i;
            clients.submit(() -> {
                for (int n = 0; running.get(); n++) {
                    JsonObject product = Suppliers.createProduct(supplier, "Search failover " + writer + "-" + n, "1.0");
                    written.add(product.getString("id"));
                }
                return null;
            });
        }
        Thread.sleep(5_000);
        Cluster.kill("es-3/elasticsearch.pid");
        Thread.sleep(15_000);
        running.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(120, TimeUnit.SECONDS));
        System.out.printf("elasticsearch node killed: %d searches, %d failed; %d products written%n",
                searches.get(), failedSearches.get(), written.size());
        assertEquals(0, failedSearches.get(), "searches keep answering with one Elasticsearch node gone");
        assertFalse(written.isEmpty());
        Listings listings = new Listings(Cluster.elasticsearch(), Cluster.listingsAlias());
        for (String id : written) {
            assertTrue(listings.eventuallyHas(id, Duration.ofSeconds(90)), "product " + id + " reached the index");
        }
    }

    @Test
    @Order(6)
    void everyAcknowledgedWriteSurvivesAWildFlyNodeKilledMidFlight() throws Exception {
        List<Suppliers.Supplier> suppliers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            suppliers.add(Suppliers.register(Cluster.balancer()));
            signedInOnEveryNode(suppliers.get(i).contactEmail(), suppliers.get(i).password());
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger errorsAfterFailover = new AtomicInteger();
        AtomicInteger attempts = new AtomicInteger();
        List<String> acknowledged = ACKNOWLEDGED;
        long[] killedAt = new long[1];
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            Http supplier = suppliers.get(i).http();
            int writer = i;
            clients.submit(() -> {
                for (int n = 0; running.get(); n++) {
                    attempts.incrementAndGet();
                    try {
                        Reply reply = supplier.post("/api/products",
                                Suppliers.productDetails("Failover " + writer + "-" + n, "1.0").toString());
                        if (reply.status() == 201) {
                            acknowledged.add(reply.json().getString("id"));
                            continue;
                        }
                    } catch (RuntimeException connectionLost) {
                        // counted below, as a client would see it
                    }
                    errors.incrementAndGet();
                    if (killed.get() && System.nanoTime() - killedAt[0] > TimeUnit.SECONDS.toNanos(10)) {
                        errorsAfterFailover.incrementAndGet();
                    }
                }
                return null;
            });
        }
        Thread.sleep(8_000);
        killedAt[0] = System.nanoTime();
        Cluster.kill("wildfly-b/wildfly.pid");
        killed.set(true);
        Thread.sleep(20_000);
        running.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(120, TimeUnit.SECONDS));
        System.out.printf("wildfly node killed: %d writes tried by 8 clients, %d acknowledged, %d errors (%d more than 10 s after the kill)%n",
                attempts.get(), acknowledged.size(), errors.get(), errorsAfterFailover.get());
        assertEquals(0, errorsAfterFailover.get(), "the balancer stops sending to the dead node");
        Reply stillThere = Http.anonymous(Cluster.balancer()).get("/api/assessments-avoided");
        assertEquals(200, stillThere.status(), "the balancer keeps answering");
        try (Connection database = Cluster.database();
             PreparedStatement select = database.prepareStatement("select count(*) from catalogue.product where id = any (?)")) {
            select.setArray(1, database.createArrayOf("uuid", acknowledged.stream().map(java.util.UUID::fromString).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                assertEquals(acknowledged.size(), rows.getInt(1), "every acknowledged write is in PostgreSQL");
            }
        }
        Listings listings = new Listings(Cluster.elasticsearch(), Cluster.listingsAlias());
        for (String id : acknowledged) {
            assertTrue(listings.eventuallyHas(id, Duration.ofSeconds(120)), "acknowledged product " + id + " reached the index");
        }
    }

    @Test
    @Order(7)
    void promotingTheStandbyLosesNoAcknowledgedWrite() throws Exception {
        ProcessBuilder promotion = new ProcessBuilder(Path.of(System.getProperty("passport.root", "..")).resolve("infra/run").toString(),
                "promote-standby").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT);
        promotion.environment().put("PASSPORT_DATA_DIR", Cluster.env("PASSPORT_CLUSTER_DATA_DIR", "/var/tmp/innovator-passport"));
        assertEquals(0, promotion.start().waitFor(), "infra/run promote-standby");
        Http supplier = Suppliers.register(Cluster.balancer()).http();
        long promoted = System.nanoTime();
        int refused = 0;
        Reply written;
        do {
            written = supplier.post("/api/products", Suppliers.productDetails("After promotion", "1.0").toString());
            if (written.status() != 201) {
                refused++;
                Thread.sleep(500);
            }
        } while (written.status() != 201 && System.nanoTime() - promoted < TimeUnit.SECONDS.toNanos(90));
        System.out.printf("standby promoted: writes accepted again after %d ms, %d refused meanwhile%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - promoted), refused);
        assertEquals(201, written.status(), "the nodes write to the promoted standby: " + written);
        try (Connection database = Cluster.database();
             PreparedStatement select = database.prepareStatement("select count(*) from catalogue.product where id = any (?)")) {
            select.setArray(1, database.createArrayOf("uuid", ACKNOWLEDGED.stream().map(java.util.UUID::fromString).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                assertEquals(ACKNOWLEDGED.size(), rows.getInt(1), "the synchronous standby had every acknowledged write");
            }
        }
    }

    /**
     * Each node checks a password once and then remembers it for a minute, hashing on a small bounded
     * pool; clients that start all at once with passwords no node has seen would queue for that pool,
     * which is the sign-in throttling's business, not what these tests measure.
     */
    private static void signedInOnEveryNode(String email, String password) {
        for (String node : List.of("a", "b")) {
            Reply me = Http.as(Cluster.node(node), email, password).get("/api/me");
            assertEquals(200, me.status(), "signing in on node " + node + ": " + me);
        }
    }

    private static int count(Connection database, String sql, Instant since) throws Exception {
        try (PreparedStatement select = database.prepareStatement(sql)) {
            select.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
