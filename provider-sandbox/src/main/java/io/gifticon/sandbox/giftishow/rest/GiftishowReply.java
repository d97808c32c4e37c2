package io.gifticon.sandbox.giftishow.rest;

import io.gifticon.sandbox.giftishow.GiftishowCode;

/**
 * The reply envelope {@code {code, message, result}} of giftishow-biz-api.txt §1–§8; an error is the same envelope
 * with the error code, the document's message and a null result.
 */
public record GiftishowReply(String code, String message, Object result) {

    public static GiftishowReply ok(Object result) {
        return new GiftishowReply(GiftishowCode.SUCCESS.code(), null, result);
    }

    public static GiftishowReply error(String code) {
        return new GiftishowReply(code, GiftishowCode.messageOf(code), null);
    }
}
