package io.gifticon.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The proof that a request to a service comes from inside the platform (the gateway, or a service calling
 * another): an HMAC-SHA256, under a secret only the platform's apps hold, over the caller's name, a timestamp,
 * the method, the exact request target (raw path and query, as sent on the wire) and the client identity headers
 * the services trust ({@code X-Client-Id}, {@code X-Client-Scopes}). A request that reaches a service any other
 * way (a webhook aimed at it, another pod, a changed client header, another path) does not carry a valid proof.
 *
 * <p>Header: {@code X-Internal-Auth: v1;c=<caller>;t=<unix seconds>;s=<base64url HMAC>}. Signed text:
 * {@code v1\n<caller>\n<t>\n<METHOD>\n<target>\n<client id>\n<client scopes>} (absent headers as empty strings).
 * A proof is valid for {@code maxSkew} either side of its timestamp; within that window it can be replayed for
 * the very same method, target and client, which only whoever already sees the platform's internal traffic could
 * do. The body is not signed (requests are streamed).
 */
public final class InternalAuth {
    /** The header carrying the proof. */
    public static final String HEADER = "X-Internal-Auth";
    /** The client headers bound into the proof (set by the gateway). */
    public static final String CLIENT_ID = "X-Client-Id";

    public static final String CLIENT_SCOPES = "X-Client-Scopes";
    private static final String VERSION = "v1";
    private static final Pattern CALLER = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    /** @param base64Secret at least 32 random bytes, base64 ({@code openssl rand -base64 32}) */
    public InternalAuth(String base64Secret) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Secret.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("gifticon.internal-auth.secret is not base64");
        }
        if (raw.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "gifticon.internal-auth.secret must hold at least 32 bytes (base64), got " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "HmacSHA256");
    }

    /** The header value proving that {@code caller} sends this request at {@code epochSecond}. */
    public String sign(
            String caller, long epochSecond, String method, String target, String clientId, String clientScopes) {
        if (!CALLER.matcher(caller).matches()) {
            throw new IllegalArgumentException("caller name must be lowercase letters, digits and dashes: " + caller);
        }
        return VERSION + ";c=" + caller + ";t=" + epochSecond + ";s="
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(mac(caller, epochSecond, method, target, clientId, clientScopes));
    }

    /**
     * The caller named by a valid proof, or empty when the header is missing, malformed, signed with another
     * secret, for another request, or outside {@code maxSkewSeconds} of {@code nowEpochSecond}.
     */
    public Optional<String> verify(
            String header,
            long nowEpochSecond,
            long maxSkewSeconds,
            String method,
            String target,
            String clientId,
            String clientScopes) {
        if (header == null || header.length() > 256) {
            return Optional.empty();
        }
        String[] parts = header.split(";", -1);
        if (parts.length != 4
                || !VERSION.equals(parts[0])
                || !parts[1].startsWith("c=")
                || !parts[2].startsWith("t=")
                || !parts[3].startsWith("s=")) {
            return Optional.empty();
        }
        String caller = parts[1].substring(2);
        long time;
        byte[] signature;
        try {
            time = Long.parseLong(parts[2].substring(2));
            signature = Base64.getUrlDecoder().decode(parts[3].substring(2));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!CALLER.matcher(caller).matches() || Math.abs(nowEpochSecond - time) > maxSkewSeconds) {
            return Optional.empty();
        }
        byte[] expected = mac(caller, time, method, target, clientId, clientScopes);
        return MessageDigest.isEqual(expected, signature) ? Optional.of(caller) : Optional.empty();
    }

    private byte[] mac(
            String caller, long epochSecond, String method, String target, String clientId, String clientScopes) {
        String text = String.join(
                "\n",
                VERSION,
                caller,
                Long.toString(epochSecond),
                method,
                target,
                clientId == null ? "" : clientId,
                clientScopes == null ? "" : clientScopes);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
