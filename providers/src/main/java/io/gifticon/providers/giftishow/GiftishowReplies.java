package io.gifticon.providers.giftishow;

import com.fasterxml.jackson.databind.JsonNode;
import io.gifticon.providers.HttpFailures;
import io.gifticon.providers.LenientJson;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderOutageException;

/**
 * Reads Giftishow replies. The document's samples carry typos (missing quotes, trailing commas, missing braces), so
 * parsing goes through {@link LenientJson} and unknown fields are ignored; HTTP status and {@code code} are
 * independent (부록 1), so only {@code code} decides success.
 */
final class GiftishowReplies {

    private GiftishowReplies() {}

    /** The reply as a tree; a body that is not a JSON object is unreadable: a failure with an unknown outcome. */
    static JsonNode parse(String body) {
        JsonNode node;
        try {
            node = LenientJson.parse(body);
        } catch (RuntimeException e) {
            throw HttpFailures.unreadable(GiftishowCodes.PROVIDER, body, e);
        }
        if (node == null || !node.isObject()) {
            throw HttpFailures.unreadable(GiftishowCodes.PROVIDER, body, null);
        }
        return node;
    }

    /**
     * Throws the mapped error unless {@code node.code} is 0000. A code from 부록 1 is a documented refusal (a
     * retryable one, the provider's own system failure, is an outage that may have been processed); a missing
     * code, or one the table does not have, is an undocumented answer.
     */
    static void requireSuccess(JsonNode node) {
        String code = text(node, "code");
        if (GiftishowCodes.SUCCESS.equals(code)) {
            return;
        }
        ProviderError error = GiftishowCodes.toError(code, text(node, "message"));
        if (code == null || !GiftishowCodes.table().containsKey(code)) {
            throw new ProviderException(error, null, true);
        }
        throw error.retryable() ? new ProviderOutageException(error, true, null) : new ProviderException(error);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
