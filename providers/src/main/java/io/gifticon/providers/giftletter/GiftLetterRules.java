package io.gifticon.providers.giftletter;

import io.gifticon.providers.Utf8;
import java.util.List;

/**
 * Field length rules of giftletter-b2c.txt: every {@code Varchar(n)} is n bytes of UTF-8, the encoding of the
 * query string the call travels in (a Korean syllable is 3 bytes: a 40-byte title holds 13 syllables).
 */
final class GiftLetterRules {

    private GiftLetterRules() {}

    static void required(List<String> problems, String name, String value, int maxBytes) {
        if (value == null || value.isBlank()) {
            problems.add(name + " is required (at most " + maxBytes + " bytes in UTF-8)");
        } else if (Utf8.length(value) > maxBytes) {
            problems.add(name + " must be at most " + maxBytes + " bytes in UTF-8 (Varchar(" + maxBytes + "); it has "
                    + Utf8.length(value) + ")");
        }
    }

    static void optional(List<String> problems, String name, String value, int maxBytes) {
        if (value != null && Utf8.length(value) > maxBytes) {
            problems.add(name + " must be at most " + maxBytes + " bytes in UTF-8 (Varchar(" + maxBytes + "); it has "
                    + Utf8.length(value) + ")");
        }
    }

    static void digits(List<String> problems, String name, String value, int max) {
        if (value == null
                || value.isEmpty()
                || value.length() > max
                || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            problems.add(name + " must be 1-" + max + " digits");
        }
    }
}
