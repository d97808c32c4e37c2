package io.gifticon.sandbox.coufun;

import java.nio.charset.Charset;

/** COUFUN speaks EUC-KR: its length limits are bytes of that encoding (coufun-cancel.md §4). */
public final class EucKr {

    public static final Charset CHARSET = Charset.forName("EUC-KR");

    private EucKr() {}

    /** Bytes of {@code value} in EUC-KR; a character EUC-KR cannot encode counts as too long ({@link Integer#MAX_VALUE}). */
    public static int length(String value) {
        if (!CHARSET.newEncoder().canEncode(value)) {
            return Integer.MAX_VALUE;
        }
        return value.getBytes(CHARSET).length;
    }
}
