package io.gifticon.web.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What PostgreSQL's UTF-8 {@code text} (and {@code jsonb}) cannot store: NUL ({@code U+0000}: "invalid byte
 * sequence for encoding UTF8: 0x00", jsonb "unsupported Unicode escape sequence") and UTF-16 surrogates that are not
 * part of a pair (they have no UTF-8 form). Every other code point, non-characters included, is accepted.
 */
public final class StorableText {
    private StorableText() {}

    /** Index of the first character that cannot be stored, or -1. */
    public static int firstUnstorable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isStorable(CharSequence text) {
        return text == null || firstUnstorable(text) < 0;
    }

    /** Why the text cannot be stored (no part of the text itself: it may be personal data), or empty. */
    public static Optional<String> problem(CharSequence text) {
        int at = text == null ? -1 : firstUnstorable(text);
        if (at < 0) {
            return Optional.empty();
        }
        char c = text.charAt(at);
        return Optional.of(
                c == '\u0000'
                        ? "must not contain a NUL character (U+0000)"
                        : "must not contain an unpaired UTF-16 surrogate (U+"
                                + Integer.toHexString(c).toUpperCase() + ")");
    }

    /**
     * Decodes one {@code application/x-www-form-urlencoded} or path component strictly: {@code %XX} escapes with
     * two hex digits only, and the bytes must be valid UTF-8 (no overlong forms, no encoded surrogates).
     *
     * @param plusIsSpace {@code true} for query strings, where {@code +} means a space
     * @throws IllegalArgumentException with a message naming the problem (not the text)
     */
    public static String decodeStrictly(String encoded, boolean plusIsSpace) {
        if (encoded.indexOf('%') < 0 && !(plusIsSpace && encoded.indexOf('+') >= 0)) {
            return encoded;
        }
        ByteBuffer bytes = ByteBuffer.allocate(encoded.length() * 4);
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length() || hex(encoded.charAt(i + 1)) < 0 || hex(encoded.charAt(i + 2)) < 0) {
                    throw new IllegalArgumentException("has an invalid percent-escape");
                }
                bytes.put((byte) (hex(encoded.charAt(i + 1)) << 4 | hex(encoded.charAt(i + 2))));
                i += 2;
            } else if (plusIsSpace && c == '+') {
                bytes.put((byte) ' ');
            } else if (c <= 0xFF) {
                // HTTP/1.1 request lines are bytes: Netty hands raw bytes over as ISO-8859-1 characters
                bytes.put((byte) c);
            } else {
                int codePoint = encoded.codePointAt(i);
                if (codePoint <= 0xFFFF && Character.isSurrogate((char) codePoint)) {
                    throw new IllegalArgumentException("is not valid UTF-8 once percent-decoded");
                }
                bytes.put(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("is not valid UTF-8 once percent-decoded");
        }
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
