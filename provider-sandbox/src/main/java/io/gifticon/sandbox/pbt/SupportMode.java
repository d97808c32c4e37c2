package io.gifticon.sandbox.pbt;

import java.util.Arrays;
import java.util.Optional;

/** The popup's transaction types (pbt-pos-integration.txt §3.1–§3.3). */
public enum SupportMode {
    POINT_REDEEM,
    POINT_EARN,
    COUPON,
    PREPAID;

    public static Optional<SupportMode> of(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
    }
}
