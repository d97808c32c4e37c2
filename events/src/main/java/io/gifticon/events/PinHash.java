package io.gifticon.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one form in which a PIN leaves the issuance service: lowercase hex HMAC-SHA256 of the PIN (letters and
 * digits only) under a key shared by issuance and settlement ({@code PIN_HASH_KEY}). Keyed, because a plain hash
 * of a 12–16 digit PIN is reversed by trying them all. Settlement matches redemption logs with it.
 */
public final class PinHash {

    private PinHash() {}

    public static String of(String key, String pin) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            // logs print PINs with dashes or spaces now and then
            return HexFormat.of()
                    .formatHex(mac.doFinal(pin.replaceAll("[^0-9A-Za-z]", "").getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
