package io.gifticon.providers;

/**
 * Byte lengths in UTF-8, the encoding Giftishow's form posts and GiftLetter's query strings travel in: a
 * document's {@code Varchar(n)} is n bytes, so a Korean syllable (3 bytes) counts three times
 * (COUFUN's EUC-KR limits: {@link io.gifticon.providers.coufun.CoufunBytes}).
 */
public final class Utf8 {

    private Utf8() {}

    /** The number of bytes {@code text} takes in UTF-8, without encoding it; a lone surrogate counts 3 like '?'. */
    public static int length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
