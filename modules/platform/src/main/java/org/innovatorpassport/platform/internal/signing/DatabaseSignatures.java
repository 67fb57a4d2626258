package org.innovatorpassport.platform.internal.signing;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.innovatorpassport.platform.api.Signatures;

/**
 * Keys live in {@code platform.signing_key}: the first node to need one creates it, every node
 * reads the same row, so signatures agree across the cluster and survive restarts.
 */
@ApplicationScoped
class DatabaseSignatures implements Signatures {

    @jakarta.inject.Inject
    SigningKeys store;

    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    @Override
    public String sign(String keyName, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.computeIfAbsent(keyName, store::load), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

}
