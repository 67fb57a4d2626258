package org.innovatorpassport.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    private static final List<ClientAddress.Range> NONE = ClientAddress.ranges(" ");
    private static final List<ClientAddress.Range> PROXIES = ClientAddress.ranges("10.0.0.0/8, 192.168.1.5, fd00::/8");

    @Test
    void withNoTrustedProxyTheHeaderIsIgnored() {
        assertEquals("127.0.0.1", ClientAddress.resolve(NONE, "127.0.0.1", List.of("203.0.113.9")));
    }

    @Test
    void aSpoofedHeaderFromAnUntrustedPeerIsIgnored() {
        assertEquals("198.51.100.7", ClientAddress.resolve(PROXIES, "198.51.100.7", List.of("203.0.113.9")));
    }

    @Test
    void aTrustedProxyIsBelievedAboutTheAddressItSaw() {
        assertEquals("203.0.113.9", ClientAddress.resolve(PROXIES, "192.168.1.5", List.of("203.0.113.9")));
        assertEquals("203.0.113.9", ClientAddress.resolve(PROXIES, "10.1.2.3", List.of("203.0.113.9")));
        assertEquals("2001:db8:0:0:0:0:0:1", ClientAddress.resolve(PROXIES, "fd00:0:0:0:0:0:0:5", List.of("2001:db8::1")));
    }

    @Test
    void whatTheClientWroteBeforeTheLastUntrustedHopIsIgnored() {
        // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it really saw.
        assertEquals("203.0.113.9", ClientAddress.resolve(PROXIES, "10.0.0.2", List.of("1.2.3.4, 203.0.113.9")));
        assertEquals("203.0.113.9", ClientAddress.resolve(PROXIES, "10.0.0.2", List.of("1.2.3.4", "203.0.113.9, 10.0.0.3")));
    }

    @Test
    void aHopThatIsNotAnAddressIsNeverLookedUpOrBelieved() {
        assertEquals("10.0.0.2", ClientAddress.resolve(PROXIES, "10.0.0.2", List.of("attacker.example.org")));
        assertEquals("10.0.0.2", ClientAddress.resolve(PROXIES, "10.0.0.2", List.of("")));
        assertEquals("10.0.0.2", ClientAddress.resolve(PROXIES, "10.0.0.2", List.of()));
    }

    @Test
    void aBadSettingStopsTheServerRatherThanTrustingEveryone() {
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.ranges("proxy.example.org"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.ranges("10.0.0.0/33"));
    }
}
