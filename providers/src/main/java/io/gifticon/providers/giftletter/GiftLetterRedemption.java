package io.gifticon.providers.giftletter;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One line of the daily exchange log (giftletter-b2c.txt §10.2: 핀번호 | 교환일시 | 교환지점).
 *
 * @param pin        the redeemed PIN (masked in {@link #toString()})
 * @param date       the day of the exchange
 * @param redeemedAt the time of the exchange, or null when GiftLetter gave only the day ("일자만 제공")
 * @param branch     교환지점, may be blank
 */
public record GiftLetterRedemption(String pin, LocalDate date, LocalDateTime redeemedAt, String branch) {

    @Override
    public String toString() {
        String shown = pin == null || pin.length() < 4 ? "****" : "****" + pin.substring(pin.length() - 4);
        return "GiftLetterRedemption[pin=" + shown + ", date=" + date + ", redeemedAt=" + redeemedAt + ", branch="
                + branch + "]";
    }
}
