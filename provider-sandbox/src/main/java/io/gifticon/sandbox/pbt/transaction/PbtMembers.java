package io.gifticon.sandbox.pbt.transaction;

import io.gifticon.sandbox.Masking;
import io.gifticon.sandbox.pbt.PbtError;
import io.gifticon.sandbox.pbt.PbtException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The simulated tenant's members, coupons and gift cards, derived from what the cashier enters: every mobile number
 * is a member (01012345678 has 12,000 points), every 16-digit number a membership card, coupon or gift card
 * (pbt-pos-integration.txt §3.2.1, §3.3.1: 16-digit numbers when the barcode cannot be scanned).
 */
final class PbtMembers {

    static final Pattern MOBILE = Pattern.compile("01[016789]\\d{7,8}");
    static final Pattern CARD = Pattern.compile("\\d{16}");
    static final String DEMO_MEMBER = "01012345678";
    static final int GIFT_CARD_BALANCE = 50_000;

    private PbtMembers() {}

    static PbtLookup lookup(PbtPart part, String input) {
        String value = normalize(input);
        return switch (part.mode()) {
            case POINT_REDEEM, POINT_EARN -> {
                if (!MOBILE.matcher(value).matches() && !CARD.matcher(value).matches()) {
                    throw new PbtException(PbtError.CUSTOMER_LOOKUP);
                }
                yield new PbtLookup("MEMBER", label(value), points(value), null, List.of());
            }
            case COUPON -> {
                if (MOBILE.matcher(value).matches()) {
                    yield new PbtLookup("MEMBER", label(value), null, null, memberCoupons(part));
                }
                if (CARD.matcher(value).matches() && !part.items().isEmpty()) {
                    yield new PbtLookup(
                            "COUPON",
                            "쿠폰 " + value.substring(12),
                            null,
                            null,
                            List.of(exchange(value, part.items().get(0))));
                }
                throw new PbtException(PbtError.COUPON_LOOKUP);
            }
            case PREPAID -> {
                if (!CARD.matcher(value).matches()) {
                    throw new PbtException(PbtError.GIFT_CARD_LOOKUP);
                }
                yield new PbtLookup(
                        "GIFT_CARD", "기프트카드 ****" + value.substring(12), null, GIFT_CARD_BALANCE, List.of());
            }
        };
    }

    static String normalize(String input) {
        return input == null ? "" : input.replaceAll("[\\s-]", "");
    }

    /** Masked for views and logs: {@code 010****5678}, {@code 123*********3456}. */
    static String mask(String value) {
        return value.length() < 8 ? "****" : Masking.phone(value);
    }

    private static String label(String value) {
        return MOBILE.matcher(value).matches()
                ? "회원 " + value.substring(value.length() - 4)
                : "멤버십카드 ****" + value.substring(12);
    }

    private static int points(String value) {
        if (DEMO_MEMBER.equals(value)) {
            return 12_000;
        }
        int sum = value.chars().map(c -> c - '0').sum();
        return 500 + (sum * 37 % 30) * 500;
    }

    private static List<PbtCoupon> memberCoupons(PbtPart part) {
        int total = part.orderTotal();
        List<PbtCoupon> coupons = new ArrayList<>();
        if (!part.items().isEmpty()) {
            coupons.add(
                    exchange("EX-" + part.items().get(0).itemID(), part.items().get(0)));
        }
        coupons.add(new PbtCoupon("AMT-2000", "2,000원 할인 쿠폰", Math.min(2000, total), List.of()));
        coupons.add(new PbtCoupon("PCT-10", "10% 할인 쿠폰", total / 10 / 10 * 10, List.of()));
        return coupons;
    }

    private static PbtCoupon exchange(String couponId, PbtItem item) {
        return new PbtCoupon(couponId, item.itemName() + " 1개 교환권", item.itemUnitPrice(), List.of(item.itemID()));
    }
}
