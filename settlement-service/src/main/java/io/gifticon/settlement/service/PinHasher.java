package io.gifticon.settlement.service;

import io.gifticon.events.PinHash;
import io.gifticon.settlement.config.SettlementConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The {@link PinHash} of a PIN under the key shared with issuance: the only form in which PINs are compared here.
 */
@ApplicationScoped
public class PinHasher {
    private final String key;

    public PinHasher(SettlementConfig config) {
        this.key = config.redemptions().pinHashKey();
    }

    public String hash(String pin) {
        return PinHash.of(key, pin);
    }
}
