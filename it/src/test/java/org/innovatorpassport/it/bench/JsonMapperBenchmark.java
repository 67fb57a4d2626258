package org.innovatorpassport.it.bench;

import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonpDeserializer;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.json.jsonb.JsonbJsonpMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/**
 * What the JSON mapper costs a catalogue search, on real bodies from the benchmark's own index: reading
 * Elasticsearch's answer into the client's typed response (the JSON-P parser for the envelope, the
 * mapper for each listing's source), as the application does, and writing the API's answer. JSON-B
 * (Yasson, what WildFly gives and the application uses) beside Jackson (what the client defaults to).
 */
final class JsonMapperBenchmark {
    static final List<String> HEADER = List.of("mapper", "read a search answer µs", "write the API answer µs", "answer bytes in / out");
    private static final int ROUNDS = 3000;

    private JsonMapperBenchmark() {
    }

    /** {@code searchAnswer}: Elasticsearch's body for one search (typed_keys); {@code apiAnswer}: the API's body for it. */
    static List<List<String>> measure(String searchAnswer, String apiAnswer) throws Exception {
        ObjectMapper jackson = new ObjectMapper();
        Object apiTree = jackson.readValue(apiAnswer, Object.class);
        try (Jsonb jsonb = JsonbBuilder.create()) {
            JsonbJsonpMapper jsonbMapper = new JsonbJsonpMapper();
            JacksonJsonpMapper jacksonMapper = new JacksonJsonpMapper();
            String sizes = searchAnswer.length() + " / " + apiAnswer.length();
            // Twice each, alternating, so that neither runs cold: the second pair is the one reported.
            double[] yasson = new double[2];
            double[] jacksons = new double[2];
            for (int pass = 0; pass < 2; pass++) {
                yasson = new double[] {read(jsonbMapper, searchAnswer), time(() -> jsonb.toJson(apiTree))};
                jacksons = new double[] {read(jacksonMapper, searchAnswer), time(() -> jackson.writeValueAsString(apiTree))};
            }
            return List.of(List.of("JSON-B (Yasson, Parsson)", Benchmarks.format(yasson[0], 0), Benchmarks.format(yasson[1], 0), sizes),
                    List.of("Jackson", Benchmarks.format(jacksons[0], 0), Benchmarks.format(jacksons[1], 0), sizes));
        }
    }

    interface Work {
        Object run() throws Exception;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static double read(JsonpMapper mapper, String body) throws Exception {
        JsonpDeserializer<SearchResponse<Map>> deserializer = SearchResponse.createSearchResponseDeserializer(
                JsonpDeserializer.of(Map.class));
        return time(() -> {
            try (JsonParser parser = mapper.jsonProvider().createParser(new StringReader(body))) {
                SearchResponse<Map> response = deserializer.deserialize(parser, mapper);
                if (response.hits().hits().isEmpty() || response.aggregations().isEmpty()) {
                    throw new IllegalStateException("the answer read has no hits or no facets");
                }
                return response;
            }
        });
    }

    /** Microseconds per run, over {@link #ROUNDS} runs. */
    private static double time(Work work) throws Exception {
        Object sink = null;
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            sink = work.run();
        }
        if (sink == null) {
            throw new IllegalStateException();
        }
        return (System.nanoTime() - start) / 1e3 / ROUNDS;
    }
}
