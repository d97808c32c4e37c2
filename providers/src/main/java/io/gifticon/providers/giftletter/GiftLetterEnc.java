package io.gifticon.providers.giftletter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * giftletter-b2c.txt §3–§8: {@code enc} = MD5 of 사용처 인증키 + 사용처 아이디 + the call's key field (goods_id + co_tid,
 * order_id, brand_id or goods_id), as 32 lowercase hex digits.
 */
public final class GiftLetterEnc {

    private GiftLetterEnc() {}

    /** MD5 of the concatenation of {@code parts} (UTF-8), lowercase hex. */
    public static String of(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            joined.append(part == null ? "" : part);
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("MD5").digest(joined.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }
}
