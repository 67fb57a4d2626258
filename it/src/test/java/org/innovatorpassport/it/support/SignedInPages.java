package org.innovatorpassport.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A person signed in through the login page, reading pages as a browser without JavaScript would:
 * the sign-in cookie is kept and sent back, and each page is parsed with jsoup.
 */
public final class SignedInPages {
    private final URI base;
    private final HttpClient client;
    /** The session's anti-forgery token, read from the sign-out form every page carries. */
    private String formToken;

    private SignedInPages(URI base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    public static SignedInPages as(URL base, String email) {
        return as(base, email, Http.PASSWORD);
    }

    public static SignedInPages as(URL base, String email, String password) {
        String root = base.toString();
        URI uri = URI.create(root.endsWith("/") ? root : root + "/");
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        SignedInPages pages = new SignedInPages(uri, client);
        int status = pages.post("/login", "email=" + encode(email) + "&password=" + encode(password) + "&next=%2F").statusCode();
        if (status != 303) {
            throw new AssertionError("signing in as " + email + " answered " + status);
        }
        pages.formToken = pages.open("/").select("input[name=csrf]").attr("value");
        return pages;
    }

    /** A page by its path; fails unless it answers 200. */
    public Document open(String path) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve(path.substring(1))).GET());
        if (page.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + page.statusCode() + ": " + Jsoup.parse(page.body()).text());
        }
        return Jsoup.parse(page.body(), base.toString());
    }

    /** A page by its path, whatever its status (for pages that answer an error on purpose). */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path.substring(1))).GET());
    }

    /** A file by its path as the bytes it is made of (a PDF, say), whatever its status. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve(path.substring(1))).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * A url-encoded form post as a browser on this site sends it, with the session's anti-forgery token
     * as every page form carries it; the answer is not followed.
     */
    public HttpResponse<String> post(String path, String form) {
        String withToken = formToken == null || formToken.isEmpty() ? form
                : (form.isEmpty() ? "" : form + "&") + "csrf=" + encode(formToken);
        return postAsIs(path, withToken);
    }

    /** A url-encoded form post exactly as given: no token is added. */
    public HttpResponse<String> postAsIs(String path, String form) {
        return send(HttpRequest.newBuilder(base.resolve(path.substring(1))).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.getScheme() + "://" + base.getRawAuthority()).POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public String formToken() {
        return formToken;
    }

    /** Any request, sent with this person's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The same person, with the same sign-in cookie, on another node of a cluster. */
    public SignedInPages at(URL other) {
        String root = other.toString();
        return new SignedInPages(URI.create(root.endsWith("/") ? root : root + "/"), client);
    }
}
