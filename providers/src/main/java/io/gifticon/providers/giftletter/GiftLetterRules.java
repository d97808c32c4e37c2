package io.gifticon.providers.giftletter;

import java.util.List;

/** Field length rules of giftletter-b2c.txt (Varchar(n) read as n characters). */
final class GiftLetterRules {

    private GiftLetterRules() {
    }

    static void required(List<String> problems, String name, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            problems.add(name + " must be 1-" + max + " characters");
        }
    }

    static void optional(List<String> problems, String name, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(name + " must be at most " + max + " characters");
        }
    }

    static void digits(List<String> problems, String name, String value, int max) {
        if (value == null || !value.matches("\\d{1," + max + "}")) {
            problems.add(name + " must be 1-" + max + " digits");
        }
    }
}
