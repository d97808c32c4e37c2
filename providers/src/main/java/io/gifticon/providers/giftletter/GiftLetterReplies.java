package io.gifticon.providers.giftletter;

import com.fasterxml.jackson.databind.JsonNode;
import io.gifticon.providers.HttpFailures;
import io.gifticon.providers.LenientJson;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderUnavailableException;

/** Reads GiftLetter's JSON replies and turns {@code rstCode} / {@code STATUS} failures into our errors. */
final class GiftLetterReplies {

    private GiftLetterReplies() {
    }

    static JsonNode parse(String body) {
        try {
            return LenientJson.parse(body);
        } catch (IllegalArgumentException e) {
            throw HttpFailures.unreadable(GiftLetterCodes.PROVIDER, body, e);
        }
    }

    /** Throws unless {@code rstCode} is "0"; a reply without rstCode but with a STATUS is read as that STATUS. */
    static void requireSuccess(JsonNode reply, GiftLetterCodes.StatusCall statusCallIfNoCode) {
        String rstCode = LenientJson.text(reply, "rstCode");
        if (rstCode == null && statusCallIfNoCode != null) {
            requireStatus(reply, statusCallIfNoCode);
            return;
        }
        if (!GiftLetterCodes.SUCCESS.equals(rstCode == null ? null : rstCode.strip())) {
            throwing(GiftLetterCodes.toError(rstCode, LenientJson.text(reply, "rstMsg")));
        }
    }

    /** §7–§9: {@code {"STATUS":"E"}} and the other failing letters. */
    static void requireStatus(JsonNode reply, GiftLetterCodes.StatusCall call) {
        String status = LenientJson.text(reply, "STATUS");
        if (status == null && reply.has("rstCode")) {
            requireSuccess(reply, null);
            return;
        }
        if (status == null || GiftLetterCodes.statusTable(call).containsKey(status.strip())
                || !("Y".equals(status.strip()) || "N".equals(status.strip()))) {
            throwing(GiftLetterCodes.statusError(call, status));
        }
    }

    private static void throwing(ProviderError error) {
        // GiftLetter answered: the failure is known, even when it is worth trying again later
        throw error.retryable() ? new ProviderUnavailableException(error, false, null) : new ProviderException(error);
    }
}
