package io.gifticon.providers.giftishow;

import com.fasterxml.jackson.databind.JsonNode;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.LenientJson;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderUnavailableException;

/**
 * Reads Giftishow replies. The document's samples carry typos (missing quotes, trailing commas, missing braces), so
 * parsing goes through {@link LenientJson} and unknown fields are ignored; HTTP status and {@code code} are
 * independent (부록 1), so only {@code code} decides success.
 */
final class GiftishowReplies {

    private GiftishowReplies() {
    }

    /** The reply as a tree; a body that is not JSON at all is a provider failure with an unknown outcome. */
    static JsonNode parse(String body) {
        try {
            JsonNode node = LenientJson.parse(body);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return node;
        } catch (Exception e) {
            throw new ProviderUnavailableException(new ProviderError(ErrorCode.PROVIDER_ERROR,
                    GiftishowCodes.PROVIDER, null, "unreadable reply: " + abbreviate(body)), true, e);
        }
    }

    /** Throws the mapped error unless {@code node.code} is 0000. */
    static void requireSuccess(JsonNode node) {
        String code = text(node, "code");
        if (!GiftishowCodes.SUCCESS.equals(code)) {
            ProviderError error = GiftishowCodes.toError(code, text(node, "message"));
            throw error.retryable() ? new ProviderUnavailableException(error, true, null) : new ProviderException(error);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "(empty)";
        }
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
