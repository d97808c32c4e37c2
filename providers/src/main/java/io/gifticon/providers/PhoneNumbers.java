package io.gifticon.providers;

import java.util.regex.Pattern;

/** Korean phone number rules shared by all providers, and the masked form used in logs and events. */
public final class PhoneNumbers {
    // giftishow-biz-api.txt §8: phone_no / callback_no "'-'를 제외한" (digits only); mobile 010…, landlines 02…/0xx…
    private static final Pattern DIGITS = Pattern.compile("0\\d{8,10}");

    private PhoneNumbers() {
    }

    /** True for a 9–11 digit number starting with 0, without separators. */
    public static boolean isValid(String number) {
        return number != null && DIGITS.matcher(number).matches();
    }

    /** {@code 01012345678} → {@code 010****5678}: never log or publish a full number. */
    public static String mask(String number) {
        if (number == null || number.length() < 7) {
            return "****";
        }
        int keepHead = 3;
        int keepTail = 4;
        return number.substring(0, keepHead) + "*".repeat(number.length() - keepHead - keepTail)
                + number.substring(number.length() - keepTail);
    }
}
