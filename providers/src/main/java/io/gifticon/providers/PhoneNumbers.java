package io.gifticon.providers;

/**
 * Korean telephone numbers as the numbering plan defines them (전기통신번호관리세칙, 과학기술정보통신부 고시; the
 * number plan table published by KISA / 한국인터넷진흥원 at numberinfo.kisa.or.kr), and the masked form used in
 * logs and events.
 *
 * <p>Accepted input: digits, optionally grouped by {@code -} or single spaces ({@code 010-1234-5678},
 * {@code 02 123 4567}); {@link #digits} gives the digits that are stored and sent (giftishow-biz-api.txt §8:
 * phone_no / callback_no "'-'를 제외한"; giftletter-b2c.txt §3.1 mdn / receive_tel Varchar(13)).
 *
 * <p>Senders (caller ids a business may show):
 * <ul>
 * <li>area numbers (지역번호): Seoul 02 + 7–8 digits; 031–033, 041–044, 051–055, 061–064 + 7–8 digits; the local
 * exchange (국번) never starts with 0</li>
 * <li>representative numbers (전국대표번호) 15xx / 16xx / 18xx + 4 digits: 8 digits, no area code (1588-0108)</li>
 * <li>internet telephony (인터넷전화) 070 + 8 digits; personal numbers (개인번호) 0502–0508 + 7–8 digits; free
 * calls (수신자부담) 080 + 7–8 digits</li>
 * <li>mobiles (이동전화) 010 + 8 digits; 011 / 016 / 017 / 018 / 019 + 7–8 digits (the subscriber part never
 * starts with 0)</li>
 * </ul>
 * Not accepted: 060 (paid information), 030, 1xx special numbers (112, 114, …), and anything else.
 * Recipients are mobiles only (a coupon arrives as MMS/SMS).
 */
public final class PhoneNumbers {
    /** Longest accepted input, separators included. */
    public static final int MAX_INPUT = 20;

    private PhoneNumbers() {}

    /** The kind of number, by the numbering plan. */
    public enum Kind {
        AREA,
        REPRESENTATIVE,
        INTERNET,
        PERSONAL,
        FREE_CALL,
        MOBILE
    }

    /**
     * The digits of {@code input} when it is digits grouped by single {@code -} or spaces (not at either end, no
     * two separators in a row); null otherwise. The digits are not checked against the plan here.
     */
    public static String digits(String input) {
        if (input == null || input.isEmpty() || input.length() > MAX_INPUT) {
            return null;
        }
        StringBuilder digits = new StringBuilder(input.length());
        boolean lastWasSeparator = true; // no separator first
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                lastWasSeparator = false;
            } else if ((c == '-' || c == ' ') && !lastWasSeparator) {
                lastWasSeparator = true;
            } else {
                return null;
            }
        }
        return lastWasSeparator ? null : digits.toString();
    }

    /** The kind of a digits-only number, or null when the numbering plan has no such number. */
    public static Kind kindOf(String digits) {
        if (digits == null
                || digits.length() < 8
                || digits.length() > 12
                || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int n = digits.length();
        if (digits.charAt(0) == '1') {
            // 전국대표번호: 15xx, 16xx, 18xx followed by 4 digits, 8 in all
            char second = digits.charAt(1);
            return n == 8 && (second == '5' || second == '6' || second == '8') ? Kind.REPRESENTATIVE : null;
        }
        if (digits.charAt(0) != '0') {
            return null;
        }
        if (digits.startsWith("02")) {
            return subscriber(digits, 2, 7, 8) ? Kind.AREA : null;
        }
        String three = digits.substring(0, 3);
        switch (three) {
            case "031",
                    "032",
                    "033",
                    "041",
                    "042",
                    "043",
                    "044",
                    "051",
                    "052",
                    "053",
                    "054",
                    "055",
                    "061",
                    "062",
                    "063",
                    "064" -> {
                return subscriber(digits, 3, 7, 8) ? Kind.AREA : null;
            }
            case "070" -> {
                return n == 11 && digits.charAt(3) != '0' ? Kind.INTERNET : null;
            }
            case "080" -> {
                // 080-0xx-xxxx numbers exist: any subscriber digits
                return n == 10 || n == 11 ? Kind.FREE_CALL : null;
            }
            case "050" -> {
                char fourth = digits.charAt(3);
                return fourth >= '2' && fourth <= '8' && (n == 11 || n == 12) ? Kind.PERSONAL : null;
            }
            case "010" -> {
                return n == 11 && digits.charAt(3) != '0' ? Kind.MOBILE : null;
            }
            case "011", "016", "017", "018", "019" -> {
                return (n == 10 || n == 11) && digits.charAt(3) != '0' ? Kind.MOBILE : null;
            }
            default -> {
                return null;
            }
        }
    }

    /** A number a business may send from (any kind of the plan above). */
    public static boolean isValidSender(String digits) {
        return kindOf(digits) != null;
    }

    /** A mobile number (010, 011, 016–019): the only numbers a coupon message can be delivered to. */
    public static boolean isValidRecipient(String digits) {
        return kindOf(digits) == Kind.MOBILE;
    }

    /** Any number of the plan; kept for callers that do not tell senders from recipients. */
    public static boolean isValid(String number) {
        return isValidSender(number);
    }

    /** {@code 01012345678} → {@code 010****5678}: never log or publish a full number. */
    public static String mask(String number) {
        if (number == null || number.length() < 7) {
            return "****";
        }
        int keepHead = 3;
        int keepTail = 4;
        return number.substring(0, keepHead)
                + "*".repeat(number.length() - keepHead - keepTail)
                + number.substring(number.length() - keepTail);
    }

    /** An area number's subscriber part: {@code min}–{@code max} digits after the area code, not starting with 0. */
    private static boolean subscriber(String digits, int prefix, int min, int max) {
        int rest = digits.length() - prefix;
        return rest >= min && rest <= max && startsLocal(digits, prefix);
    }

    /**
     * 국번 (the exchange) never starts with 0. The plan assigns exchanges from 2, but written examples such as
     * 02-1234-5678 are common in test data and forms, and refusing them would refuse a sender the providers accept.
     */
    private static boolean startsLocal(String digits, int at) {
        return digits.charAt(at) != '0';
    }
}
