package io.gifticon.issuance.config;

import io.gifticon.web.AesGcmCipher;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The cipher of secrets at rest (PINs, recipient numbers): web-commons AES-256-GCM, each value bound to its owner's
 * id (a coupon, a batch item), with the key {@code issuance.encryption-key}.
 */
@Singleton
public class FieldEncryption {

    @Produces
    @Singleton
    AesGcmCipher fieldCipher(IssuanceConfig config) {
        return new AesGcmCipher(config.encryptionKey(), "issuance.encryption-key");
    }
}
