package io.gifticon.issuance.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Our transaction ids at the provider. giftishow-biz-api.txt §8: unique, at most 25 characters, recommended form
 * {@code service_20190814_12345678}: here {@code prefix_yyyyMMdd_random}, filled up to 25 characters.
 */
public final class TransactionIds {
    static final int MAX_LENGTH = 25;
    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Seoul"));

    private final String prefix;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TransactionIds(String prefix, Clock clock) {
        if (prefix == null || !prefix.matches("[a-z0-9]{1,6}")) {
            throw new IllegalArgumentException("tr-id prefix must be 1-6 lowercase letters or digits: " + prefix);
        }
        this.prefix = prefix;
        this.clock = clock;
    }

    public String next() {
        String head = prefix + "_" + DAY.format(clock.instant()) + "_";
        char[] tail = new char[MAX_LENGTH - head.length()];
        for (int i = 0; i < tail.length; i++) {
            tail[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return head + new String(tail);
    }
}
