package org.innovatorpassport.tools;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.Optional;

/** The keys a passport service publishes (a JWK Set), read from a saved file or fetched from an address. */
final class PublishedKeys {
    static final String WELL_KNOWN = "/.well-known/jwks.json";

    private final JWKSet keys;
    private final String source;

    private PublishedKeys(JWKSet keys, String source) {
        this.keys = keys;
        this.source = source;
    }

    static PublishedKeys from(String fileOrAddress) throws IOException {
        if (fileOrAddress.startsWith("https://") || fileOrAddress.startsWith("http://")) {
            return parse(fetch(URI.create(fileOrAddress)), fileOrAddress);
        }
        Path file = Path.of(fileOrAddress);
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** The keys at the issuer's well-known address, for a check without a saved key file. */
    static PublishedKeys ofIssuer(String issuer) throws IOException {
        if (issuer == null || !(issuer.startsWith("https://") || issuer.startsWith("http://"))) {
            throw new IllegalArgumentException("the passport names no issuer address to fetch its keys from; give the jwks.json file");
        }
        return from(issuer.replaceAll("/+$", "") + WELL_KNOWN);
    }

    static PublishedKeys parse(String json, String source) {
        try {
            return new PublishedKeys(JWKSet.parse(json), source);
        } catch (ParseException e) {
            throw new IllegalArgumentException(source + " is not a JWK Set (jwks.json): " + e.getMessage());
        }
    }

    Optional<JWK> withId(String keyId) {
        return Optional.ofNullable(keyId == null ? null : keys.getKeyByKeyId(keyId));
    }

    String source() {
        return source;
    }

    private static String fetch(URI address) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(20))
                    .header("Accept", "application/jwk-set+json, application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IOException(address + " answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + address, e);
        }
    }
}
