package org.innovatorpassport.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.innovatorpassport.platform.api.Signatures;

/**
 * A signed, self-contained sign-in cookie: the nodes keep no session state, so any node can serve
 * the next request. It carries the email, the roles and an expiry, signed with a shared key.
 */
@ApplicationScoped
public class SessionCookie {
    public static final String NAME = "passport_session";
    static final Duration LIFETIME = Duration.ofHours(8);
    private static final String KEY = "session";

    @Inject
    Signatures signatures;

    @Inject
    Clock clock;

    public String issue(String email, Set<String> roles) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        String content = email + "|" + expires + "|" + String.join(",", roles);
        String value = content + "|" + signatures.sign(KEY, content);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    public Optional<SignedIn> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> NAME.equals(c.getName())).findFirst().flatMap(c -> verify(c.getValue()));
    }

    Optional<SignedIn> verify(String cookieValue) {
        try {
            String value = new String(Base64.getUrlDecoder().decode(cookieValue), StandardCharsets.UTF_8);
            int lastBar = value.lastIndexOf('|');
            String content = value.substring(0, lastBar);
            if (!signatures.verify(KEY, content, value.substring(lastBar + 1))) {
                return Optional.empty();
            }
            String[] parts = content.split("\\|", -1);
            if (Long.parseLong(parts[1]) < clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(new SignedIn(parts[0], new TreeSet<>(Arrays.asList(parts[2].split(",")))));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    public record SignedIn(String email, Set<String> roles) {
    }
}
