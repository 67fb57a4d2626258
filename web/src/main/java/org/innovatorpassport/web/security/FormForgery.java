package org.innovatorpassport.web.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.innovatorpassport.web.page.FormToken;

/**
 * What proves that a state-changing request sent with the sign-in cookie came from this site's own
 * form: an Origin (or, failing that, a Referer) naming this site, and the session's anti-forgery
 * token in the form (or an {@code X-CSRF-Token} header). HTTP Basic calls carry no cookie authority
 * and are not concerned.
 */
final class FormForgery {
    static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** Forms are small (BodyLimit allows 1 MiB); evidence uploads are multipart and not buffered here. */
    private static final int MAX_FORM_BYTES = 1024 * 1024;

    private FormForgery() {
    }

    static boolean changesState(HttpServletRequest request) {
        return !SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    /** Origin, else Referer, names this very host; a request with neither is not trusted. */
    static boolean fromThisSite(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !"null".equals(origin)) {
            return sameHost(origin, host);
        }
        String referer = request.getHeader("Referer");
        return referer != null && sameHost(referer, host);
    }

    /** An Origin from elsewhere on a request without the cookie: still not a form of this site. */
    static boolean foreignOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || "null".equals(origin)) {
            return false;
        }
        String host = request.getHeader("Host");
        return host == null || !sameHost(origin, host);
    }

    private static boolean sameHost(String address, String host) {
        try {
            URI uri = URI.create(address);
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    static boolean isUrlEncoded(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The request with its url-encoded body read once, so the token can be checked and the resource still reads it. */
    static BufferedForm buffer(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_FORM_BYTES + 1);
        if (body.length > MAX_FORM_BYTES) {
            return null;
        }
        return new BufferedForm(request, body);
    }

    static boolean tokenMatches(String sent, String expected) {
        return sent != null && expected != null
                && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The token the request sent: the header a script would send, else the form field of a url-encoded
     * page form, else (an upload, whose body must stay unread for the resource) the query of its address.
     */
    static String sentToken(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header != null) {
            return header;
        }
        if (request instanceof BufferedForm form) {
            return form.getParameter(FormToken.FIELD);
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        BufferedForm.parse(request.getQueryString(), query);
        List<String> values = query.get(FormToken.FIELD);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A url-encoded request whose body is kept in memory: its parameters and its stream both answer from it. */
    static final class BufferedForm extends HttpServletRequestWrapper {
        private final byte[] body;
        private final Map<String, String[]> parameters;

        BufferedForm(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
            Map<String, List<String>> all = new LinkedHashMap<>();
            parse(request.getQueryString(), all);
            parse(new String(body, StandardCharsets.ISO_8859_1), all);
            Map<String, String[]> map = new LinkedHashMap<>();
            all.forEach((k, v) -> map.put(k, v.toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(map);
        }

        private static void parse(String encoded, Map<String, List<String>> into) {
            if (encoded == null || encoded.isEmpty()) {
                return;
            }
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                into.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
            }
        }

        private static String decode(String text) {
            // The body was read as bytes; decode percent-escapes as UTF-8, as the browser encoded them.
            byte[] raw = text.getBytes(StandardCharsets.ISO_8859_1);
            return URLDecoder.decode(new String(raw, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the form is already read");
                }

                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
