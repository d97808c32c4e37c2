package io.gifticon.providers.giftishow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Known answers computed with {@code openssl enc -aes-256-ecb -K <hex of the key> -base64}. */
class GiftishowCryptoTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef";

    @Test
    void shouldEncryptTheUserIdLikeOpenssl() {
        // printf %s 'sandbox-user' | openssl enc -aes-256-ecb -K 3031…6566 -base64
        assertThat(new GiftishowCrypto(KEY).authToken("sandbox-user")).isEqualTo("GvFv673fu6a0VGnYyGW/YA==");
    }

    @Test
    void shouldEncryptKoreanTextAsUtf8() {
        assertThat(new GiftishowCrypto(KEY).encrypt("기프티쇼")).isEqualTo("YrRd2QZkD+qUG8hjTYzPTA==");
    }

    @Test
    void shouldDecryptWhatItEncrypts() {
        GiftishowCrypto crypto = new GiftishowCrypto(KEY);
        assertThat(crypto.decrypt("GvFv673fu6a0VGnYyGW/YA==")).isEqualTo("sandbox-user");
        assertThat(crypto.decrypt(crypto.encrypt("a longer user id, over one block")))
                .isEqualTo("a longer user id, over one block");
    }

    @Test
    void shouldRefuseAKeyThatIsNotAes256() {
        assertThatThrownBy(() -> new GiftishowCrypto("short")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseATokenMadeWithAnotherKey() {
        assertThatThrownBy(() ->
                        new GiftishowCrypto("ffffffffffffffffffffffffffffffff").decrypt("GvFv673fu6a0VGnYyGW/YA=="))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
