package io.gifticon.providers.giftishow;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Connection and account settings for Giftishow Biz; the defaults point at the local provider sandbox. */
@ConfigMapping(prefix = "providers.giftishow")
public interface GiftishowConfig {

    /** Base URL up to and including {@code /bizApi} (production: https://bizapi.giftishow.com/bizApi). */
    @WithDefault("http://localhost:8090/giftishow/bizApi")
    String baseUrl();

    /** {@code custom_auth_code}: the account key issued by Giftishow. */
    @WithDefault("sandbox-auth-code")
    String authCode();

    /** {@code custom_auth_token}: the user id encrypted with the account key, issued by Giftishow. */
    @WithDefault("sandbox-auth-token")
    String authToken();

    /** {@code user_id}: the account's member id, sent with send/cancel/resend/bizmoney. */
    @WithDefault("sandbox-user")
    String userId();

    /** TCP connect timeout. */
    @WithDefault("5s")
    Duration connectTimeout();

    /**
     * Socket read timeout, a backstop behind the fault-tolerance timeouts of each operation
     * (send: 15 s as giftishow-biz-api.txt §8 requires).
     */
    @WithDefault("30s")
    Duration readTimeout();
}
