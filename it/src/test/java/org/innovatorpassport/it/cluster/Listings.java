package org.innovatorpassport.it.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** Reads the listings index straight from Elasticsearch, from whichever node still answers. */
final class Listings {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<String> nodes;
    private final String alias;

    Listings(List<String> nodes, String alias) {
        this.nodes = nodes;
        this.alias = alias;
    }

    boolean eventuallyHas(String productId, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        do {
            if (has(productId)) {
                return true;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        return false;
    }

    private boolean has(String productId) throws InterruptedException {
        for (String node : nodes) {
            try {
                HttpResponse<Void> found = CLIENT.send(HttpRequest.newBuilder(URI.create(node.trim() + "/" + alias + "/_doc/" + productId))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (found.statusCode() == 200) {
                    return true;
                }
                if (found.statusCode() == 404) {
                    return false;
                }
            } catch (IOException nodeGone) {
                // try the next node
            }
        }
        return false;
    }
}
