package io.gifticon.providers.giftletter;

/**
 * StatusSendEPin (giftletter-b2c.txt §5.2).
 *
 * @param use        Y used, N unused, C cancelled
 * @param useDate    교환일시 as GiftLetter writes it (blank when unused)
 * @param branchName 교환처
 */
public record GiftLetterCouponStatus(String use, String useDate, String branchName) {

    public boolean isUsed() {
        return "Y".equals(use);
    }

    public boolean isUnused() {
        return "N".equals(use);
    }

    public boolean isCancelled() {
        return "C".equals(use);
    }
}
