package io.gifticon.gateway.edge;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one spelling of a path the gateway accepts, so that what it authorizes, limits, logs and forwards is what the
 * Vert.x router, the reverse proxy and the services' Quarkus REST resolve (Vert.x {@code normalizedPath()} removes
 * dot segments, collapses {@code //} and decodes escaped unreserved characters; the proxy forwards the raw URI).
 * A canonical path (RFC 3986 §6.2.2 normal form, stricter):
 * <ul>
 * <li>starts with {@code /}; no empty segment ({@code //}), no {@code .} or {@code ..} segment;</li>
 * <li>raw characters only from RFC 3986 {@code pchar} minus {@code ;} (no path parameters): letters, digits,
 * {@code -._~!$&'()*+,=:@} and {@code /} between segments; no backslash, no control character, no space, no raw
 * non-ASCII byte;</li>
 * <li>{@code %XX} only with upper-case hex, only for a byte that must be escaped (never an unreserved character or
 * one allowed raw, so {@code %2e}, {@code %41} are refused), never {@code %2F} (slash), {@code %5C} (backslash),
 * {@code %25} (percent, i.e. double encoding such as {@code %252e}), {@code %3B} or a control byte, and the escaped
 * bytes must be valid UTF-8;</li>
 * <li>under {@code /api/} no trailing slash (no resource there has one; static page directories such as
 * {@code /pos/} keep theirs).</li>
 * </ul>
 */
public final class CanonicalPath {
    private static final String RAW_ALLOWED = "-._~!$&'()*+,=:@";

    private CanonicalPath() {}

    /** Why the path is not canonical (no part of the path in the text), or empty when it is. */
    public static Optional<String> problem(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/') {
            return Optional.of("the path must start with '/'");
        }
        ByteBuffer escaped = null;
        int segmentStart = 1;
        for (int i = 1; i <= path.length(); i++) {
            char c = i < path.length() ? path.charAt(i) : '/';
            if (c == '/') {
                String segment = path.substring(segmentStart, i);
                if (segment.isEmpty() && i < path.length()) {
                    return Optional.of("the path has an empty segment ('//')");
                }
                if (segment.equals(".") || segment.equals("..")) {
                    return Optional.of("the path has a dot segment ('.' or '..')");
                }
                if (escaped != null) {
                    Optional<String> utf8 = checkUtf8(escaped);
                    if (utf8.isPresent()) {
                        return utf8;
                    }
                    escaped = null;
                }
                segmentStart = i + 1;
                continue;
            }
            if (c == '%') {
                if (i + 2 >= path.length()) {
                    return Optional.of("the path has an invalid percent-escape");
                }
                int high = upperHex(path.charAt(i + 1));
                int low = upperHex(path.charAt(i + 2));
                if (high < 0 || low < 0) {
                    return Optional.of("the path has an invalid or lower-case percent-escape");
                }
                int b = high << 4 | low;
                if (b < 0x80) {
                    char decoded = (char) b;
                    if (decoded == '/'
                            || decoded == '\\'
                            || decoded == '%'
                            || decoded == ';'
                            || b < 0x20
                            || b == 0x7f
                            || isRawAllowed(decoded)) {
                        return Optional.of("the path escapes a character that must not be escaped there ('%"
                                + path.substring(i + 1, i + 3) + "')");
                    }
                }
                if (escaped == null) {
                    escaped = ByteBuffer.allocate(path.length());
                }
                escaped.put((byte) b);
                i += 2;
                continue;
            }
            if (escaped != null) {
                // a run of escapes ended: it must decode on its own (a UTF-8 sequence is never split by raw text)
                Optional<String> utf8 = checkUtf8(escaped);
                if (utf8.isPresent()) {
                    return utf8;
                }
                escaped = null;
            }
            if (c == ';') {
                return Optional.of("the path has a ';' parameter");
            }
            if (c == '\\') {
                return Optional.of("the path has a backslash");
            }
            if (c < 0x20 || c == 0x7f) {
                return Optional.of("the path has a control character");
            }
            if (c >= 0x80) {
                return Optional.of("the path has a raw non-ASCII byte (escape it as UTF-8)");
            }
            if (!isRawAllowed(c)) {
                return Optional.of("the path has a character that must be percent-encoded");
            }
        }
        if (path.length() > 1 && path.endsWith("/") && path.startsWith("/api/")) {
            return Optional.of("the path ends with '/'");
        }
        return Optional.empty();
    }

    public static boolean isCanonical(String path) {
        return problem(path).isEmpty();
    }

    private static boolean isRawAllowed(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || RAW_ALLOWED.indexOf(c) >= 0;
    }

    private static int upperHex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static Optional<String> checkUtf8(ByteBuffer bytes) {
        bytes.flip();
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of("the path's percent-escapes are not valid UTF-8");
        }
    }
}
