package io.gifticon.sandbox.giftishow.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Account, catalog and state settings of the simulated Giftishow Biz account. */
@ConfigMapping(prefix = "sandbox.giftishow")
public interface GiftishowConfig {

    /** Account key the simulator accepts in {@code custom_auth_code}. */
    @WithDefault("sandbox-auth-code")
    String authCode();

    /** Token the simulator accepts in {@code custom_auth_token}. */
    @WithDefault("sandbox-auth-token")
    String authToken();

    /** Member id the simulator accepts in {@code user_id}. */
    @WithDefault("sandbox-user")
    String userId();

    /** Bizmoney balance in won at start-up and after a reset. */
    @WithDefault("10000000")
    long initialBalance();

    /** Number of products in the generated catalog (at least the two fixed test products). */
    @WithDefault("200")
    int catalogSize();

    /** Seed of the generated catalog and of the PIN sequence: same seed, same data. */
    @WithDefault("20190814")
    long seed();

    /** Base URL under which this sandbox is reachable, used in image URLs (goods images, coupon images). */
    @WithDefault("http://localhost:8090")
    String publicBaseUrl();
}
