package org.innovatorpassport.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One client per node. Its JSON goes through Jackson, WildFly's own module (the WAR carries none of its
 * own to clash with it): measured by the search benchmark on a real search answer, Jackson reads it in
 * about a third of the time JSON-B (Yasson on Parsson) takes, and every search pays that.
 */
@ApplicationScoped
class ElasticsearchConnection {

    @Inject
    @ConfigProperty(name = "PASSPORT_ES_URL", defaultValue = "http://127.0.0.1:9200")
    String urls;

    @Inject
    @ConfigProperty(name = "PASSPORT_INDEX_PREFIX", defaultValue = "passport")
    String prefix;

    static final JsonpMapper MAPPER = new JacksonJsonpMapper();

    private Rest5Client rest;
    private ElasticsearchClient client;

    @PostConstruct
    void open() {
        // Short connect and response timeouts: a search waits on a person, so a cluster that is down or
        // stuck must turn into "search unavailable" quickly rather than hold a request thread for 30 s.
        rest = Rest5Client.builder(Arrays.stream(urls.split(",")).map(String::trim).map(URI::create).toArray(URI[]::new))
                .setConnectionConfigCallback(c -> c.setConnectTimeout(Timeout.ofSeconds(2)))
                .setRequestConfigCallback(r -> r.setResponseTimeout(Timeout.ofSeconds(20)))
                .setConnectionManagerCallback(m -> m.setMaxConnPerRoute(64).setMaxConnTotal(128))
                .build();
        client = new ElasticsearchClient(new Rest5ClientTransport(rest, MAPPER));
    }

    ElasticsearchClient client() {
        return client;
    }

    /** The alias searches read from; it points at the current dated index. */
    String listingsAlias() {
        return prefix + "-listings";
    }

    @PreDestroy
    void close() {
        try {
            rest.close();
        } catch (IOException e) {
            // shutting down: nothing left to do with a client that will not close cleanly
        }
    }
}
