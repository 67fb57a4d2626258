package org.innovatorpassport.web.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormForgeryTest {

    @Test
    void onlyAnOriginOrRefererNamingThisHostIsFromThisSite() {
        assertTrue(FormForgery.fromThisSite(request(Map.of("Host", "127.0.0.1:8180", "Origin", "http://127.0.0.1:8180"), "")));
        assertTrue(FormForgery.fromThisSite(request(Map.of("Host", "passport.nhs.uk", "Origin", "https://passport.nhs.uk"), "")));
        assertTrue(FormForgery.fromThisSite(request(Map.of("Host", "passport.nhs.uk",
                "Referer", "https://passport.nhs.uk/trust?q=1"), "")));
        assertFalse(FormForgery.fromThisSite(request(Map.of("Host", "passport.nhs.uk", "Origin", "https://evil.example"), "")));
        assertFalse(FormForgery.fromThisSite(request(Map.of("Host", "passport.nhs.uk",
                "Origin", "https://passport.nhs.uk.evil.example"), "")));
        assertFalse(FormForgery.fromThisSite(request(Map.of("Host", "passport.nhs.uk"), "")), "neither header: refused");
        assertFalse(FormForgery.fromThisSite(request(Map.of("Host", "passport.nhs.uk", "Origin", "null"), "")),
                "an opaque origin with no Referer: refused");
        assertFalse(FormForgery.fromThisSite(request(Map.of("Host", "passport.nhs.uk", "Origin", "https://evil.example",
                "Referer", "https://passport.nhs.uk/"), "")), "a foreign Origin is not redeemed by a Referer");
    }

    @Test
    void theBufferedFormAnswersBothItsParametersAndItsBody() throws Exception {
        String body = "reason=Pen+test%20finding&csrf=abc%2Bdef&name=%C3%A9";
        FormForgery.BufferedForm form = FormForgery.buffer(request(Map.of(), body));
        assertEquals("abc+def", FormForgery.sentToken(form));
        assertEquals("Pen test finding", form.getParameter("reason"));
        assertEquals("\u00e9", form.getParameter("name"));
        assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), form.getInputStream().readAllBytes());
    }

    @Test
    void anUploadCarriesItsTokenInItsAddressAndItsBodyIsNotRead() {
        HttpServletRequest upload = (HttpServletRequest) Proxy.newProxyInstance(FormForgeryTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> null;
                    case "getQueryString" -> "csrf=t0k%2Ben";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        assertEquals("t0k+en", FormForgery.sentToken(upload));
    }

    @Test
    void tokensAreComparedWhole() {
        assertTrue(FormForgery.tokenMatches("abc", "abc"));
        assertFalse(FormForgery.tokenMatches("ab", "abc"));
        assertFalse(FormForgery.tokenMatches(null, "abc"));
        assertFalse(FormForgery.tokenMatches("", "abc"));
    }

    private static HttpServletRequest request(Map<String, String> headers, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return (HttpServletRequest) Proxy.newProxyInstance(FormForgeryTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getMethod" -> "POST";
                    case "getContentType" -> "application/x-www-form-urlencoded";
                    case "getQueryString" -> null;
                    case "getParameter" -> null;
                    case "getInputStream" -> stream(bytes);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ServletInputStream stream(byte[] bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(jakarta.servlet.ReadListener listener) {
            }

            @Override
            public int read() {
                return in.read();
            }
        };
    }
}
