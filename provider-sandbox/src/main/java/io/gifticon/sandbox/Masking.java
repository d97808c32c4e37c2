package io.gifticon.sandbox;

/** Masks personal data before it reaches a log line: phone numbers keep only their first 3 and last 4 digits. */
public final class Masking {

    private Masking() {}

    /** {@code 01012345678} → {@code 010****5678}; anything shorter than 8 characters is fully masked. */
    public static String phone(String phone) {
        if (phone == null) {
            return "null";
        }
        if (phone.length() < 8) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
