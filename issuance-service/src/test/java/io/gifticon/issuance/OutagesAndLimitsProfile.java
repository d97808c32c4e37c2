package io.gifticon.issuance;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The per-coupon limits as in production (the other tests switch them off), for the outage/limits boot. */
public class OutagesAndLimitsProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "issuance.follow-up.resend-cooldown",
                "60s",
                "issuance.follow-up.refresh-cooldown",
                "10s",
                "issuance.follow-up.max-resends",
                "5",
                // the safety net never runs in this boot: what is resolved was resolved by the wake-up
                "issuance.reconciler.interval",
                "1h");
    }
}
