package io.gifticon.issuance.service;

import io.gifticon.issuance.config.IssuanceConfig;
import io.gifticon.web.AesGcmCipher;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * AES-256-GCM for secrets at rest (PINs, recipient numbers), bound to the owner's id (a coupon, a batch item);
 * key {@code issuance.encryption-key}.
 * See {@link AesGcmCipher}.
 */
@ApplicationScoped
public class FieldCipher {
    private final AesGcmCipher cipher;

    public FieldCipher(IssuanceConfig config) {
        this.cipher = new AesGcmCipher(config.encryptionKey(), "issuance.encryption-key");
    }

    public String encrypt(String plain, String context) {
        return cipher.encrypt(plain, context);
    }

    public String decrypt(String encrypted, String context) {
        return cipher.decrypt(encrypted, context);
    }
}
