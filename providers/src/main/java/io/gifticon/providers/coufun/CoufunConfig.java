package io.gifticon.providers.coufun;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Connection and account settings for COUFUN; the defaults point at the local provider sandbox. */
@ConfigMapping(prefix = "providers.coufun")
public interface CoufunConfig {

    /** Up to and including {@code /b2c_api} (production: https://corp.coufun.kr:446/b2c_api). */
    @WithDefault("http://localhost:8090/coufun/b2c_api")
    String baseUrl();

    /** {@code POC_ID}: our client id at COUFUN (at most 10 bytes). */
    @WithDefault("SANDBOXPOC")
    String pocId();

    /** TCP connect timeout. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Socket read timeout, a backstop behind each operation's fault-tolerance timeout. */
    @WithDefault("30s")
    Duration readTimeout();
}
