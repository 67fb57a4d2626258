package org.innovatorpassport.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.innovatorpassport.platform.api.SchemaReady;

/**
 * The listings index is built from the checked-in mapping {@code search/listings-mapping.json}.
 * Each build makes a new dated index; readers only ever see the alias, which moves atomically.
 * The alias is made sure of at start and by a reindex, never on the search path: a search that
 * finds no alias answers "search unavailable" and a write that finds none is retried by the outbox
 * ({@code require_alias}), so nothing ever auto-creates an index with a guessed mapping.
 */
@ApplicationScoped
class ListingsIndex {
    static final String MAPPING = "search/listings-mapping.json";
    private static final Logger LOG = Logger.getLogger(ListingsIndex.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    @Inject
    ElasticsearchConnection elasticsearch;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    /**
     * At start, make sure the alias points at an index, off the deployment thread: a cluster that is
     * slow or down must not hold up the deployment. Readiness stays DOWN until the alias exists.
     */
    void ensureAtStart(@Observes SchemaReady ready) {
        executor.submit(() -> {
            for (int attempt = 1; attempt <= 150; attempt++) {
                try {
                    ensureAlias();
                    return;
                } catch (Exception e) {
                    LOG.warning("Elasticsearch is not reachable yet (attempt " + attempt + "): " + e.getMessage());
                    try {
                        Thread.sleep(2000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        });
    }

    /** Idempotent and safe on several nodes at once: a fixed first index name, and adding the alias twice is harmless. */
    void ensureAlias() throws IOException {
        ElasticsearchClient client = elasticsearch.client();
        if (!client.indices().existsAlias(a -> a.name(elasticsearch.listingsAlias())).value()) {
            String index = elasticsearch.listingsAlias() + "-initial";
            if (!client.indices().exists(e -> e.index(index)).value()) {
                try {
                    create(index);
                } catch (ElasticsearchException alreadyCreated) {
                    if (!"resource_already_exists_exception".equals(alreadyCreated.error().type())) {
                        throw alreadyCreated;
                    }
                }
            }
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(elasticsearch.listingsAlias()))));
        } else {
            addNewFields();
        }
    }

    /**
     * An index built by an earlier release lacks the fields added since (the mapping is strict, so their
     * writes would be refused): they are added in place, which Elasticsearch allows for new fields. A
     * changed field cannot be; then a warning asks for a reindex, which builds a fresh index.
     */
    private void addNewFields() throws IOException {
        for (String mapping : List.of(mappingsOf(read()), mappingsOf(withoutPluginAnalysis()))) {
            try (InputStream in = new java.io.ByteArrayInputStream(mapping.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                elasticsearch.client().indices().putMapping(p -> p.index(elasticsearch.listingsAlias()).withJson(in));
                return;
            } catch (ElasticsearchException e) {
                LOG.warning("The listings index cannot take the current mapping in place (" + e.getMessage() + "); run a reindex.");
            }
        }
    }

    private static String read() {
        try (InputStream in = mapping()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String mappingsOf(String index) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(index))) {
            return reader.readObject().getJsonObject("mappings").toString();
        }
    }

    String createDatedIndex() throws IOException {
        String index = elasticsearch.listingsAlias() + "-" + STAMP.format(clock.instant());
        create(index);
        return index;
    }

    /**
     * Creates an index with the checked-in mapping. Its analyzers need the passport-analysis plugin,
     * which infra installs; a cluster without it still gets an index, with Elasticsearch's standard
     * analysis (no stemming, folding or synonym filters: typos are still forgiven and synonyms still
     * expanded by the query), and a warning says what is missing.
     */
    private void create(String index) throws IOException {
        try (InputStream mapping = mapping()) {
            elasticsearch.client().indices().create(c -> c.index(index).withJson(mapping));
        } catch (ElasticsearchException e) {
            String reason = String.valueOf(e.getMessage());
            if (!reason.contains("passport_")) {
                throw e;
            }
            LOG.warning("Elasticsearch has no passport-analysis plugin (" + reason + "); " + index
                    + " is created without stemming, ASCII folding or synonym filters. Install the plugin (infra does) and reindex.");
            try (InputStream plain = new java.io.ByteArrayInputStream(withoutPluginAnalysis().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                elasticsearch.client().indices().create(c -> c.index(index).withJson(plain));
            }
        }
    }

    /** The mapping with the plugin's analyzers taken out: every text field analyzed as standard. */
    static String withoutPluginAnalysis() {
        try (InputStream in = mapping(); jakarta.json.JsonReader reader = jakarta.json.Json.createReader(in)) {
            jakarta.json.JsonObject mapping = reader.readObject();
            jakarta.json.JsonObject settings = mapping.getJsonObject("settings");
            jakarta.json.JsonObject analysis = jakarta.json.Json.createObjectBuilder(settings.getJsonObject("analysis")).remove("analyzer").build();
            return jakarta.json.Json.createObjectBuilder(mapping)
                    .add("settings", jakarta.json.Json.createObjectBuilder(settings).add("analysis", analysis))
                    .add("mappings", jakarta.json.Json.createObjectBuilder(mapping.getJsonObject("mappings"))
                            .add("properties", withoutAnalyzers(mapping.getJsonObject("mappings").getJsonObject("properties"))))
                    .build().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every field, in objects too, without its analyzer and search analyzer. */
    private static jakarta.json.JsonObject withoutAnalyzers(jakarta.json.JsonObject fields) {
        jakarta.json.JsonObjectBuilder properties = jakarta.json.Json.createObjectBuilder();
        fields.forEach((name, field) -> {
            jakarta.json.JsonObjectBuilder plain = jakarta.json.Json.createObjectBuilder(field.asJsonObject()).remove("analyzer").remove("search_analyzer");
            if (field.asJsonObject().containsKey("properties")) {
                plain.add("properties", withoutAnalyzers(field.asJsonObject().getJsonObject("properties")));
            }
            properties.add(name, plain);
        });
        return properties.build();
    }

    /** Moves the alias to {@code fresh} in one atomic step; answers the indices it pointed at before. */
    Set<String> moveAliasTo(String fresh) throws IOException {
        ElasticsearchClient client = elasticsearch.client();
        String alias = elasticsearch.listingsAlias();
        Set<String> old = client.indices().existsAlias(e -> e.name(alias)).value()
                ? client.indices().getAlias(a -> a.name(alias)).aliases().keySet() : Set.of();
        // Off every listings index, not only those seen a moment ago: a rebuild on another node may have
        // moved it since, and an alias left on two indices takes no writes.
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(alias + "-*").alias(alias).mustExist(false)))
                .actions(a -> a.add(add -> add.index(fresh).alias(alias))));
        return old;
    }

    static InputStream mapping() {
        InputStream in = ListingsIndex.class.getClassLoader().getResourceAsStream(MAPPING);
        if (in == null) {
            throw new UncheckedIOException(new IOException(MAPPING + " is missing from the search-index module"));
        }
        return in;
    }
}
