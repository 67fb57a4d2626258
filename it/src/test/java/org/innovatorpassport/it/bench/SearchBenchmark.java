package org.innovatorpassport.it.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.innovatorpassport.search.api.ListingQuery;
import org.innovatorpassport.search.api.ListingSort;
import org.innovatorpassport.search.internal.ListingRequests;

/**
 * Catalogue search benchmark. Loads synthetic products through the application's own path (REST,
 * then the outbox into Elasticsearch), times a full reindex, then measures free-text, faceted,
 * filtered and type-ahead queries at 1, 8 and 32 concurrent clients through the HTTP API, the same
 * queries sent straight to Elasticsearch, and PostgreSQL full-text search (GIN index) on the same
 * products. Prints tables; asserts nothing.
 */
public final class SearchBenchmark {
    static final List<String> HEADER = List.of("query", "target", "clients", "requests/s", "p50 ms", "p95 ms", "p99 ms", "errors");
    private static final String[] CONDITIONS = {"Asthma", "Chronic obstructive pulmonary disease", "Type 2 diabetes", "Mental health",
        "Anxiety", "Depression", "Maternity", "Eczema", "Psoriasis", "Frailty", "Heart failure", "Hypertension", "Atrial fibrillation",
        "Dementia", "Stroke", "Chronic kidney disease", "Musculoskeletal pain", "Obesity", "Sleep apnoea", "Cancer"};
    private static final String[] SETTINGS = {"Acute hospital", "Primary care", "Community", "Mental health trust", "Care home", "At home"};
    private static final String[] NOUNS = {"Coach", "Tracker", "Companion", "Monitor", "Planner", "Connect", "Insight", "Assist", "Care",
        "Check", "Guide", "Pathway", "Diary", "Hub", "Triage"};
    private static final String[] PREFIXES = {"Breathe", "Gluco", "Mind", "Heart", "Skin", "Bump", "Steady", "Sleep", "Move", "Kidney",
        "Calm", "Pulse", "Lung", "Derma", "Neuro", "Vita", "Care", "Well", "Bright", "Clear"};
    private static final String[] PLATFORMS = {"WEB", "IOS", "ANDROID"};
    private static final String[] TIERS = {"A", "B", "C"};
    private static final String[] USERS = {"CLINICIANS", "PATIENTS", "BOTH"};
    private static final String[] TEXTS = {"asthma inhaler", "diabetes coach", "copd", "mental health", "heart failure monitor",
        "eczema", "sleep", "dementia care", "maternity diary", "stroke"};
    private static final String[] PREFIX_TEXTS = {"bre", "glu", "min", "hea", "ski", "sle", "ast", "dia", "dem", "mat"};

    private final String base;
    private final String adminAuth;
    private final String esUrl;
    private final String alias;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(48)).build();
    private final Duration window;

    public SearchBenchmark(String base, String adminEmail, String password, String esUrl, String alias, String jdbcUrl,
                           String dbUser, String dbPassword, Duration window) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.adminAuth = basic(adminEmail, password);
        this.esUrl = esUrl;
        this.alias = alias;
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.window = window;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Signs in through the login page and answers the Cookie header to send: what a person's browser
     * (and the page's script) does. HTTP Basic would cost a PBKDF2 hash of the password on every
     * request, which is by design slow and would be measured instead of search.
     */
    private String signIn(String email, String password) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + enc(email) + "&password=" + enc(password) + "&next=%2F")));
        return r.headers().allValues("Set-Cookie").stream().filter(c -> !c.startsWith("=")).map(c -> c.split(";", 2)[0])
                .filter(c -> c.indexOf('=') < c.length() - 1).findFirst()
                .orElseThrow(() -> new IllegalStateException("signing in as " + email + " answered " + r.statusCode()));
    }

    /** Runs everything and answers the printed report. */
    public String run(int products, String trustEmail, String password) throws Exception {
        StringBuilder report = new StringBuilder();
        long before = count();
        List<String> suppliers = registerSuppliers(10, password);
        long start = System.nanoTime();
        load(products, suppliers, password);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long indexed;
        do {
            Thread.sleep(1000);
            indexed = count();
        } while (indexed < before + products && (System.nanoTime() - start) / 1e9 < 3600);
        double syncSeconds = (System.nanoTime() - start) / 1e9;
        long reindexStart = System.nanoTime();
        HttpResponse<String> reindexed = send(HttpRequest.newBuilder(URI.create(base + "/api/admin/search-index"))
                .header("Authorization", adminAuth).POST(HttpRequest.BodyPublishers.noBody()));
        double reindexSeconds = (System.nanoTime() - reindexStart) / 1e9;
        report.append(Benchmarks.table("Loading " + products + " synthetic products through the application", List.of("step", "seconds", "per second"),
                List.of(List.of("REST writes (8 clients)", Benchmarks.format(loadSeconds, 1), Benchmarks.format(products / loadSeconds, 0)),
                        List.of("until all indexed through the outbox", Benchmarks.format(syncSeconds, 1), Benchmarks.format(products / syncSeconds, 0)),
                        List.of("full reindex of " + count() + " listings (" + reindexed.statusCode() + ")", Benchmarks.format(reindexSeconds, 1),
                                Benchmarks.format(count() / reindexSeconds, 0)))));
        prepareDatabase();
        String trust = signIn(trustEmail, password);
        // The baselines send Elasticsearch the very bodies the application builds for a trust (ListingRequests).
        List<String> textBodies = new ArrayList<>();
        List<String> facetedBodies = new ArrayList<>();
        List<String> filteredBodies = new ArrayList<>();
        List<String> suggestBodies = new ArrayList<>();
        for (String text : TEXTS) {
            textBodies.add(body(new ListingQuery(text, Map.of(), ListingSort.RELEVANCE, 0, 20, null)));
        }
        for (int i = 0; i < TEXTS.length * TIERS.length; i++) {
            facetedBodies.add(body(new ListingQuery(TEXTS[i % TEXTS.length], Map.of("niceTier", List.of(TIERS[i % 3]),
                    "platforms", List.of("IOS")), ListingSort.RELEVANCE, 0, 20, null)));
        }
        for (String tier : TIERS) {
            filteredBodies.add(body(new ListingQuery(null, Map.of("niceTier", List.of(tier)), ListingSort.MOST_RELIED_ON, 0, 20, null)));
        }
        for (String prefix : PREFIX_TEXTS) {
            suggestBodies.add(ListingRequests.json(ListingRequests.suggest(alias, prefix, Optional.empty())));
        }
        // Warm up, unmeasured: right after a rebuild Elasticsearch is still merging segments and its caches are cold,
        // which would fall on whichever rows come first.
        for (int round = 0; round < 2; round++) {
            measure("warm-up", "API", 4, i -> apiGet(trust, "/api/catalogue?q=" + enc(TEXTS[i % TEXTS.length]) + (i % 2 == 0 ? ""
                    : "&niceTier=" + TIERS[i % 3] + "&platforms=IOS")));
            measure("warm-up", "Elasticsearch", 4, i -> esSearch(i % 2 == 0 ? textBodies.get(i % TEXTS.length)
                    : facetedBodies.get(i % facetedBodies.size())));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int clients : new int[] {1, 8, 32}) {
            rows.add(measure("free text", "API", clients, i -> apiGet(trust, "/api/catalogue?q=" + enc(TEXTS[i % TEXTS.length]))));
            rows.add(measure("free text", "Elasticsearch", clients, i -> esSearch(textBodies.get(i % TEXTS.length))));
            rows.add(measure("free text", "PostgreSQL", clients, i -> pg(TEXTS[i % TEXTS.length], null)));
            rows.add(measure("faceted", "API", clients, i -> apiGet(trust, "/api/catalogue?q=" + enc(TEXTS[i % TEXTS.length])
                    + "&niceTier=" + TIERS[i % 3] + "&platforms=IOS")));
            rows.add(measure("faceted", "Elasticsearch", clients, i -> esSearch(facetedBodies.get(i % facetedBodies.size()))));
            rows.add(measure("faceted", "PostgreSQL", clients, i -> pg(TEXTS[i % TEXTS.length], TIERS[i % 3])));
            rows.add(measure("filtered", "API", clients, i -> apiGet(trust, "/api/catalogue?niceTier=" + TIERS[i % 3]
                    + "&sort=most-relied-on")));
            rows.add(measure("filtered", "Elasticsearch", clients, i -> esSearch(filteredBodies.get(i % 3))));
            rows.add(measure("type-ahead", "API", clients, i -> apiGet(trust, "/api/catalogue/suggestions?q="
                    + PREFIX_TEXTS[i % PREFIX_TEXTS.length])));
            rows.add(measure("type-ahead", "Elasticsearch", clients, i -> esSearch(suggestBodies.get(i % PREFIX_TEXTS.length))));
        }
        report.append(Benchmarks.table("Catalogue search, " + count() + " listings, " + window.toSeconds() + " s per row, "
                + Runtime.getRuntime().availableProcessors() + " processors", HEADER, rows));
        String searchAnswer = send(HttpRequest.newBuilder(URI.create(esUrl + "/" + alias + "/_search?typed_keys=true"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(textBodies.get(0)))).body();
        String apiAnswer = send(HttpRequest.newBuilder(URI.create(base + "/api/catalogue?q=" + enc(TEXTS[0]))).header("Cookie", trust)
                .GET()).body();
        report.append(Benchmarks.table("JSON mapper cost of one free-text search (\"" + TEXTS[0] + "\"), in-process, one thread",
                JsonMapperBenchmark.HEADER, JsonMapperBenchmark.measure(searchAnswer, apiAnswer)));
        return report.toString();
    }

    private List<String> registerSuppliers(int n, String password) {
        List<String> emails = new ArrayList<>();
        Random random = new Random();
        for (int i = 0; i < n; i++) {
            String run = Long.toString(Math.abs(random.nextLong()), 36).substring(0, 6);
            String email = "bench-" + run + "@supplier.example.org";
            JsonObject body = Json.createObjectBuilder().add("legalName", PREFIXES[i % PREFIXES.length] + " Health " + run + " Ltd")
                    .add("companiesHouseNumber", String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000)))
                    .add("registeredAddress", run + " Bench Street, Leeds LS1 4AP").add("icoNumber", "ZA" + (100000 + random.nextInt(899999)))
                    .add("dsptOdsCode", "8" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + (10 + random.nextInt(89)))
                    .add("contactName", "Bench Tester").add("contactEmail", email).add("contactPhone", "0113 496 " + (1000 + random.nextInt(8999)))
                    .add("password", password).build();
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/suppliers")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
            if (r.statusCode() != 201) {
                throw new IllegalStateException("registering a supplier: " + r.statusCode() + " " + r.body());
            }
            emails.add(email);
        }
        return emails;
    }

    private void load(int products, List<String> suppliers, String password) throws Exception {
        // HTTP Basic, as an integrator writes: a signed-in cookie would need the pages' anti-forgery token, and the
        // server remembers a checked password for a minute, so only the first write of each supplier pays the hash.
        List<String> credentials = suppliers.stream().map(s -> "Basic " + Base64.getEncoder()
                .encodeToString((s + ":" + password).getBytes(StandardCharsets.UTF_8))).toList();
        for (String credential : credentials) { // one at a time: the hashing pool refuses a crowd of first checks with 429
            send(HttpRequest.newBuilder(URI.create(base + "/api/me")).header("Authorization", credential).GET());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < products; i = next.getAndIncrement()) {
                    HttpResponse<String> r;
                    int tries = 0;
                    do { // a remembered password is re-checked after a minute; a busy hashing pool says 429, so wait and retry
                        if (tries > 0) {
                            Thread.sleep(1000);
                        }
                        r = send(HttpRequest.newBuilder(URI.create(base + "/api/products"))
                                .header("Authorization", credentials.get(i % credentials.size()))
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(product(i).toString())));
                    } while (r.statusCode() == 429 && ++tries < 30);
                    if (r.statusCode() != 201) {
                        throw new IllegalStateException("creating product " + i + ": " + r.statusCode() + " " + r.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
    }

    /** A realistic product: a made-up brand, one to three conditions, settings, platforms, a tier. */
    static JsonObject product(int i) {
        Random r = new Random(i);
        String condition = CONDITIONS[r.nextInt(CONDITIONS.length)];
        JsonArrayBuilder conditions = Json.createArrayBuilder().add(condition);
        if (r.nextBoolean()) {
            String second = CONDITIONS[r.nextInt(CONDITIONS.length)];
            if (!second.equals(condition)) {
                conditions.add(second);
            }
        }
        String name = PREFIXES[r.nextInt(PREFIXES.length)] + NOUNS[r.nextInt(NOUNS.length)] + " " + Integer.toString(i, 36);
        return Json.createObjectBuilder().add("name", name).add("version", "1." + (i % 10))
                .add("summary", "Helps people living with " + condition.toLowerCase(Locale.ROOT) + " to "
                        + (r.nextBoolean() ? "track symptoms and share them with their care team." : "use their inhaler, medicines and exercises well."))
                .add("intendedPurpose", "Supports self-management and remote monitoring of " + condition.toLowerCase(Locale.ROOT)
                        + " in " + SETTINGS[r.nextInt(SETTINGS.length)].toLowerCase(Locale.ROOT) + ".")
                .add("intendedUsers", USERS[r.nextInt(USERS.length)])
                .add("careSettings", Json.createArrayBuilder().add(SETTINGS[r.nextInt(SETTINGS.length)]))
                .add("conditions", conditions)
                .add("platforms", Json.createArrayBuilder().add(PLATFORMS[r.nextInt(3)]).add("WEB"))
                .add("deviceClass", r.nextInt(4) == 0 ? "CLASS_I" : "NOT_A_DEVICE").add("marking", "UKCA")
                .add("niceTier", TIERS[r.nextInt(3)]).add("standards", Json.createArrayBuilder().add("FHIR").add("NHS_LOGIN"))
                .add("pricingModel", "PER_USER").build();
    }

    private long count() {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(esUrl + "/" + alias + "/_count")).GET());
        if (r.statusCode() != 200) {
            return 0;
        }
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject().getJsonNumber("count").longValue();
        }
    }

    interface Call {
        boolean call(int i) throws Exception;
    }

    private List<String> measure(String query, String target, int clients, Call call) throws Exception {
        long warmUntil = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        long endAt = warmUntil + window.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> results = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        for (int c = 0; c < clients; c++) {
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                int i = ThreadLocalRandom.current().nextInt(1000);
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= endAt) {
                        break;
                    }
                    boolean ok;
                    try {
                        ok = call.call(i++);
                    } catch (Exception e) {
                        ok = false;
                    }
                    long t1 = System.nanoTime();
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                    if (t0 >= warmUntil && n < latencies.length) {
                        latencies[n++] = t1 - t0;
                    }
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            for (long l : f.get()) {
                all.add(l);
            }
        }
        pool.shutdown();
        all.sort(Long::compare);
        double seconds = window.toNanos() / 1e9;
        return List.of(query, target, Integer.toString(clients), Benchmarks.format(all.size() / seconds, 0),
                ms(all, 0.50), ms(all, 0.95), ms(all, 0.99), Integer.toString(errors.get()));
    }

    private static String ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return "-";
        }
        return Benchmarks.format(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6, 1);
    }

    private boolean apiGet(String cookie, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).GET()).statusCode() == 200;
    }

    private boolean esSearch(String body) {
        return send(HttpRequest.newBuilder(URI.create(esUrl + "/" + alias + "/_search")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode() == 200;
    }

    private String body(ListingQuery query) {
        return ListingRequests.json(ListingRequests.search(alias, query, Optional.empty(), null));
    }

    private void prepareDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword); Statement s = c.createStatement()) {
            s.execute("create index if not exists bench_product_fts on catalogue.product using gin (to_tsvector('english', "
                    + "name || ' ' || summary || ' ' || intended_purpose || ' ' || conditions))");
            s.execute("analyze catalogue.product");
        }
    }

    private final ThreadLocal<Connection> connections = new ThreadLocal<>();

    /** The nearest PostgreSQL can do: full-text match, 20 ranked rows, the total and the counts of two facets. */
    private boolean pg(String text, String tier) throws Exception {
        Connection c = connections.get();
        if (c == null) {
            c = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
            connections.set(c);
        }
        String where = "to_tsvector('english', name || ' ' || summary || ' ' || intended_purpose || ' ' || conditions) "
                + "@@ plainto_tsquery('english', ?)" + (tier == null ? "" : " and nice_tier = ?");
        try (PreparedStatement page = c.prepareStatement("select id, name, ts_rank(to_tsvector('english', name || ' ' || summary || ' ' "
                + "|| intended_purpose || ' ' || conditions), plainto_tsquery('english', ?)) as rank from catalogue.product where " + where
                + " order by rank desc limit 20");
             PreparedStatement facets = c.prepareStatement("select 't' || nice_tier, count(*) from catalogue.product where " + where
                     + " group by nice_tier union all select 'p' || platforms, count(*) from catalogue.product where " + where
                     + " group by platforms")) {
            page.setString(1, text);
            page.setString(2, text);
            if (tier != null) {
                page.setString(3, tier);
            }
            int at = 1;
            for (int part = 0; part < 2; part++) {
                facets.setString(at++, text);
                if (tier != null) {
                    facets.setString(at++, tier);
                }
            }
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    rows.getString(2);
                }
            }
            try (ResultSet rows = facets.executeQuery()) {
                while (rows.next()) {
                    rows.getLong(2);
                }
            }
        }
        return true;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
