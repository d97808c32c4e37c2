package io.gifticon.settlement.service;

import io.gifticon.settlement.config.SettlementConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a PIN (hex, lower case) with the key shared with issuance: the only form in which PINs are
 * compared here. A keyed hash, because a plain hash of a 12–16 digit PIN can be reversed by trying them all.
 */
@ApplicationScoped
public class PinHasher {
    private final SecretKeySpec key;

    public PinHasher(SettlementConfig config) {
        this.key = new SecretKeySpec(config.redemptions().pinHashKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String hash(String pin) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // PINs are compared without the dashes or spaces some logs print
            return HexFormat.of().formatHex(mac.doFinal(pin.replaceAll("[^0-9A-Za-z]", "").getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
