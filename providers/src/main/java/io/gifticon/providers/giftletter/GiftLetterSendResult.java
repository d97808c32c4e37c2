package io.gifticon.providers.giftletter;

/**
 * A successful SendEPin (giftletter-b2c.txt §3.2).
 *
 * @param epin     the PIN (never logged: see {@link #toString()})
 * @param orderId  GiftLetter's transaction id, needed to cancel, query and resend
 * @param reserved our value, echoed
 */
public record GiftLetterSendResult(String epin, String orderId, String reserved) {

    @Override
    public String toString() {
        return "GiftLetterSendResult[orderId=" + orderId + ", epin=" + (epin == null ? null : "****") + "]";
    }
}
