package io.gifticon.providers.spi;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A coupon used at a shop, as a provider's redemption log reports it; {@code at} is null when only the day is known. */
public record Redemption(String provider, String pin, LocalDate day, LocalDateTime at, String branch) {

    @Override
    public String toString() {
        String shown = pin == null || pin.length() < 4 ? "****" : "****" + pin.substring(pin.length() - 4);
        return "Redemption[provider=" + provider + ", pin=" + shown + ", day=" + day + ", at=" + at + ", branch="
                + branch + "]";
    }
}
