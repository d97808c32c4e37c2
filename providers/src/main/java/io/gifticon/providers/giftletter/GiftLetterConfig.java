package io.gifticon.providers.giftletter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Connection and account settings for GiftLetter; the defaults point at the local provider sandbox. */
@ConfigMapping(prefix = "providers.giftletter")
public interface GiftLetterConfig {

    /** 연동 URL handed over by GiftLetter (giftletter-b2c.txt §2.1); operations are {@code {base-url}/SendEPin} etc. */
    @WithDefault("http://localhost:8090/giftletter")
    String baseUrl();

    /** {@code cid}: our 사용처 아이디. */
    @WithDefault("sandbox-cid")
    String cid();

    /** 사용처 인증키: never sent, only hashed into {@code enc}. */
    @WithDefault("sandbox-giftletter-key")
    String authKey();

    /** The daily exchange log page on the admin host (§10; production: http://admin.gift-n.net/mn_compare/ExchangeDaily.aspx). */
    @WithDefault("http://localhost:8090/giftletter-admin/mn_compare/ExchangeDaily.aspx")
    String exchangeLogUrl();

    /** TCP connect timeout. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Socket read timeout, a backstop behind each operation's fault-tolerance timeout. */
    @WithDefault("30s")
    Duration readTimeout();

    /** Parallel getGoodsInfo calls while {@link GiftLetterAdapter#productsOfBrand} completes one brand's list. */
    @WithDefault("4")
    int catalogDetailConcurrency();
}
