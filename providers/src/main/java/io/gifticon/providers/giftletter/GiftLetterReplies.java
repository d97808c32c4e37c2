package io.gifticon.providers.giftletter;

import com.fasterxml.jackson.databind.JsonNode;
import io.gifticon.providers.HttpFailures;
import io.gifticon.providers.LenientJson;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderOutageException;

/** Reads GiftLetter's JSON replies and turns {@code rstCode} / {@code STATUS} failures into our errors. */
final class GiftLetterReplies {

    private GiftLetterReplies() {}

    static JsonNode parse(String body) {
        try {
            return LenientJson.parse(body);
        } catch (IllegalArgumentException e) {
            throw HttpFailures.unreadable(GiftLetterCodes.PROVIDER, body, e);
        }
    }

    /**
     * Throws unless {@code rstCode} is "0"; a reply without rstCode but with a STATUS is read as that STATUS. A
     * reply without rstCode (where one is due) or with a code §11 does not list is an undocumented answer: it
     * says nothing definite (for SendEPin: the PIN may exist).
     */
    static void requireSuccess(JsonNode reply, GiftLetterCodes.StatusCall statusCallIfNoCode) {
        String rstCode = LenientJson.text(reply, "rstCode");
        if (rstCode == null && statusCallIfNoCode != null) {
            requireStatus(reply, statusCallIfNoCode);
            return;
        }
        if (GiftLetterCodes.SUCCESS.equals(rstCode == null ? null : rstCode.strip())) {
            return;
        }
        ProviderError error = GiftLetterCodes.toError(rstCode, LenientJson.text(reply, "rstMsg"));
        if (rstCode == null || !GiftLetterCodes.table().containsKey(GiftLetterCodes.primaryCode(rstCode))) {
            throw new ProviderException(error, null, true);
        }
        throwing(error);
    }

    /** §7–§9: {@code {"STATUS":"E"}} and the other failing letters. */
    static void requireStatus(JsonNode reply, GiftLetterCodes.StatusCall call) {
        String status = LenientJson.text(reply, "STATUS");
        if (status == null && reply.has("rstCode")) {
            requireSuccess(reply, null);
            return;
        }
        if (status == null
                || GiftLetterCodes.statusTable(call).containsKey(status.strip())
                || !("Y".equals(status.strip()) || "N".equals(status.strip()))) {
            throwing(GiftLetterCodes.statusError(call, status));
        }
    }

    private static void throwing(ProviderError error) {
        // GiftLetter answered with a documented code: the failure is known (S001 시스템 오류 is an outage that
        // did not process the request), even when it is worth trying again later
        throw error.retryable() ? new ProviderOutageException(error, false, null) : new ProviderException(error);
    }
}
