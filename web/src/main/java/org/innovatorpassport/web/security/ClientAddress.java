package org.innovatorpassport.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a sign-in is counted against. X-Forwarded-For is anyone's to write, so it is believed
 * only when the connection comes from a configured trusted proxy (PASSPORT_TRUSTED_PROXIES:
 * addresses or CIDR ranges, none by default); then the list is read from the right, past any other
 * trusted proxies, to the first address no trusted proxy vouches for.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "PASSPORT_TRUSTED_PROXIES", defaultValue = " ")
    String trustedProxies;

    private List<Range> trusted;

    @PostConstruct
    void read() {
        trusted = ranges(trustedProxies);
    }

    public String of(HttpServletRequest request) {
        Enumeration<String> forwardedFor = request.getHeaders("X-Forwarded-For");
        return resolve(trusted, request.getRemoteAddr(), forwardedFor == null ? List.of() : Collections.list(forwardedFor));
    }

    static String resolve(List<Range> trusted, String peer, List<String> forwardedFor) {
        if (!isTrusted(trusted, peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.trim());
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                // A hop that is not an address was written by someone untrusted: stop at the last good one.
                return client;
            }
            client = hop.get().getHostAddress();
            if (!isTrusted(trusted, client)) {
                return client;
            }
        }
        return client;
    }

    static List<Range> ranges(String configured) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : configured.split(",")) {
            String text = entry.trim();
            if (text.isEmpty()) {
                continue;
            }
            int slash = text.indexOf('/');
            InetAddress address = literal(slash < 0 ? text : text.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("PASSPORT_TRUSTED_PROXIES: not an address: " + text));
            int bits = address.getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("PASSPORT_TRUSTED_PROXIES: bad prefix length: " + text);
            }
            ranges.add(new Range(address.getAddress(), prefix));
        }
        return List.copyOf(ranges);
    }

    private static boolean isTrusted(List<Range> trusted, String address) {
        Optional<InetAddress> parsed = trusted.isEmpty() ? Optional.empty() : literal(address);
        return parsed.isPresent() && trusted.stream().anyMatch(range -> range.contains(parsed.get().getAddress()));
    }

    /** Parses an IP literal only: a name would make InetAddress ask DNS, on a header an attacker wrote. */
    private static Optional<InetAddress> literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45 || !text.matches("[0-9A-Fa-f:.]+") || !text.matches(".*[.:].*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
