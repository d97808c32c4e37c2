package io.gifticon.providers.giftishow;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * giftishow-biz-api.txt API관련 사항 2: "AES256/ECB/PKCS5Padding 사용, 암호화 데이터는 Base64 Encoding" — the
 * {@code custom_auth_token} is the user id encrypted with the account key ({@code custom_auth_code}).
 */
public final class GiftishowCrypto {
    private static final String TRANSFORMATION = "AES/ECB/PKCS5Padding";

    private final SecretKeySpec key;

    /** @param accountKey the key as text; its UTF-8 bytes must be 32 long (AES-256) */
    public GiftishowCrypto(String accountKey) {
        byte[] bytes = accountKey == null ? new byte[0] : accountKey.getBytes(StandardCharsets.UTF_8);
        if (bytes.length != 32) {
            throw new IllegalArgumentException("AES-256 needs a 32-byte key, got " + bytes.length + " bytes");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /** UTF-8 text → AES-256/ECB/PKCS5Padding → Base64. */
    public String encrypt(String plain) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key);
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES encryption failed", e);
        }
    }

    /** The inverse of {@link #encrypt}. */
    public String decrypt(String base64) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key);
            return new String(cipher.doFinal(Base64.getDecoder().decode(base64)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a token made with this key", e);
        }
    }

    /** The {@code custom_auth_token} for a user id. */
    public String authToken(String userId) {
        return encrypt(userId);
    }
}
