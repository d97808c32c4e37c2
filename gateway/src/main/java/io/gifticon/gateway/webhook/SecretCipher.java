package io.gifticon.gateway.webhook;

import io.gifticon.gateway.config.WebhookConfig;
import io.gifticon.web.AesGcmCipher;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * AES-256-GCM for webhook secrets at rest, bound to the webhook's id; key {@code gateway.webhooks.encryption-key}.
 * See {@link AesGcmCipher}.
 */
@ApplicationScoped
public class SecretCipher {
    private final AesGcmCipher cipher;

    public SecretCipher(WebhookConfig config) {
        this.cipher = new AesGcmCipher(config.encryptionKey(), "gateway.webhooks.encryption-key");
    }

    public String encrypt(String plain, String context) {
        return cipher.encrypt(plain, context);
    }

    public String decrypt(String encrypted, String context) {
        return cipher.decrypt(encrypted, context);
    }
}
