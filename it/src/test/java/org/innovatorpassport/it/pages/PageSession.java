package org.innovatorpassport.it.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.innovatorpassport.it.pages.HtmlForm.Attachment;

/**
 * One person at a browser without JavaScript: it keeps the cookies the site sets (the signed
 * {@code passport_session} among them), opens pages, and submits forms url-encoded or as
 * multipart/form-data, following each 303 to the page it names. Every page it lands on must be a
 * 200 text/html page; every form it submits must be answered with a 303, as the pages answer a form
 * they accept. A refusal fails with the page's error summary.
 */
final class PageSession {
    static final String SESSION_COOKIE = "passport_session";
    private static final int MAX_REDIRECTS = 5;
    /** HTTP/1.1 as a browser speaks it to a plain-http site; redirects are followed here, one by one. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    PageSession(URL base) {
        String root = base.toString();
        this.base = URI.create(root.endsWith("/") ? root : root + "/");
    }

    /** Opens a page by its path ("/supplier") as a link or the address bar would. */
    Page open(String path) {
        return landed(get(base.resolve(path)));
    }

    /** Fetches what a page links to for download (a CSV, a PDF, a chart image) with the person's session, as it came. */
    HttpResponse<byte[]> download(String path) {
        return get(base.resolve(path));
    }

    /** Opens a page the person may not see: answers what came back (such as a 403 page), without following anything. */
    Page openRefused(String path) {
        HttpResponse<byte[]> answer = get(base.resolve(path));
        if (answer.statusCode() < 400 || answer.statusCode() >= 500) {
            throw new AssertionError("opening " + path + " should have been refused: " + page(answer).describe());
        }
        return page(answer);
    }

    /** Signs in on the login page, which sends the person on to {@code next}; answers the page they land on. */
    Page signIn(String email, String password, String next) {
        Page login = open("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        assertEquals("Sign in", login.heading(), login.describe());
        Page landed = submit(login.formTo("/login").set("email", email).set("password", password));
        assertTrue(signedIn(), "signing in as " + email + " sets the " + SESSION_COOKIE + " cookie");
        assertEquals(next.replaceAll("\\?.*$", ""), landed.path(), "signing in goes on to where the person was going");
        return landed;
    }

    boolean signedIn() {
        String session = cookies.get(SESSION_COOKIE);
        return session != null && !session.isEmpty();
    }

    /**
     * Submits a form as its button would: a GET form adds its fields to the query; a POST form sends them
     * url-encoded, or as multipart/form-data when the form says so. The answer must be a 303, which is
     * followed to the page it names.
     */
    Page submit(HtmlForm form) {
        URI action = base.resolve(form.action().isEmpty() ? "/" : form.action());
        HttpResponse<byte[]> answer;
        if (form.method().equals("GET")) {
            URI target = URI.create(action.toString().replaceAll("[?#].*$", "") + "?" + urlEncoded(form));
            answer = send(request(target).GET());
        } else if (form.multipart()) {
            String boundary = "----page-journey-" + UUID.randomUUID().toString().replace("-", "");
            answer = send(request(action).header("Origin", origin()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(form, boundary))));
        } else {
            answer = send(request(action).header("Origin", origin()).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(form))));
        }
        if (answer.statusCode() != 303) {
            throw new AssertionError("submitting " + form + " was not accepted (a page answers an accepted form with 303): "
                    + page(answer).describe());
        }
        return landed(answer);
    }

    /** Submits a url-encoded POST form that the page must refuse: answers the page sent back (a 4xx), without following anything. */
    Page submitRefused(HtmlForm form) {
        URI action = base.resolve(form.action());
        HttpResponse<byte[]> answer = send(request(action).header("Origin", origin()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncoded(form))));
        if (answer.statusCode() < 400 || answer.statusCode() >= 500) {
            throw new AssertionError("submitting " + form + " should have been refused: " + page(answer).describe());
        }
        return page(answer);
    }

    /** The Origin a browser sends with every form post: scheme, host and port of the site. */
    private String origin() {
        return base.getScheme() + "://" + base.getHost() + (base.getPort() < 0 ? "" : ":" + base.getPort());
    }

    /** Follows redirects to the page at the end; that page must be a 200 HTML page. */
    private Page landed(HttpResponse<byte[]> answer) {
        HttpResponse<byte[]> response = answer;
        for (int hops = 0; response.statusCode() == 303 || response.statusCode() == 302; hops++) {
            if (hops == MAX_REDIRECTS) {
                throw new AssertionError("more than " + MAX_REDIRECTS + " redirects from " + answer.uri());
            }
            String location = response.headers().firstValue("Location")
                    .orElseThrow(() -> new AssertionError("a redirect without a Location from " + answer.uri()));
            URI next = response.uri().resolve(location);
            // The fragment (#evidence) is the browser's business; it is never sent.
            response = send(request(URI.create(next.toString().replaceAll("#.*$", ""))).GET());
        }
        Page page = page(response);
        assertEquals(200, page.status(), "a page opens: " + page.describe());
        assertTrue(page.contentType().toLowerCase(Locale.ROOT).startsWith("text/html"), "a page is HTML: " + page.describe());
        return page;
    }

    private HttpResponse<byte[]> get(URI uri) {
        return send(request(uri).GET());
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "en-GB");
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            keepCookies(response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One site, one cookie jar: a cookie is kept by name until the site clears it (empty, or Max-Age=0). */
    private void keepCookies(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String[] parts = header.split(";");
            int equals = parts[0].indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = parts[0].substring(0, equals).trim();
            String value = parts[0].substring(equals + 1).trim();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            boolean cleared = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].trim().toLowerCase(Locale.ROOT);
                if (attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970")) {
                    cleared = true;
                }
            }
            if (cleared) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static Page page(HttpResponse<byte[]> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        return new Page(response.request().method(), response.uri(), response.statusCode(), contentType,
                new String(response.body(), StandardCharsets.UTF_8));
    }

    private static String urlEncoded(HtmlForm form) {
        return form.submission().stream()
                .map(p -> URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The body a browser builds for a multipart form: every field in page order, a file input as its file. */
    private static byte[] multipart(HtmlForm form, String boundary) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, Attachment> files = form.files();
        for (HtmlForm.Control control : form.controls()) {
            if (control.kind == HtmlForm.Kind.FILE) {
                Attachment file = files.get(control.name);
                ascii(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + control.name + "\"; filename=\""
                        + (file == null ? "" : file.fileName()) + "\"\r\nContent-Type: "
                        + (file == null ? "application/octet-stream" : file.contentType()) + "\r\n\r\n");
                body.writeBytes(file == null ? new byte[0] : file.content());
                ascii(body, "\r\n");
            } else if (sends(control)) {
                ascii(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + control.name + "\"\r\n\r\n");
                body.writeBytes((control.value == null ? "" : control.value).getBytes(StandardCharsets.UTF_8));
                ascii(body, "\r\n");
            }
        }
        ascii(body, "--" + boundary + "--\r\n");
        return body.toByteArray();
    }

    private static boolean sends(HtmlForm.Control control) {
        return switch (control.kind) {
            case RADIO, CHECKBOX -> control.checked;
            case SELECT -> control.value != null;
            default -> true;
        };
    }

    private static void ascii(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
