package io.gifticon.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The POS page ({@code /pos/}) and the PBT popup it embeds (pbt-pos-integration.txt): where the popup is and the
 * terminal's PBT credentials, which the page must put into every message it posts to the popup.
 */
@ConfigMapping(prefix = "gateway.pos")
public interface PosConfig {

    /** The PBT popup page opened in the iframe; locally the provider sandbox's. */
    @WithDefault("http://localhost:8090/pbt/popup/")
    URI popupUrl();

    /** PBT {@code auth.applicationKey} of the tenant (env {@code GATEWAY_POS_APPLICATION_KEY}). */
    Optional<String> applicationKey();

    /** PBT {@code auth.passwd} (env {@code GATEWAY_POS_PASSWD}). */
    Optional<String> passwd();

    /** PBT {@code auth.accessType}: the terminal id proposed by the page (the cashier may change it). */
    @WithDefault("POS0001")
    String terminalId();

    /** {@code autoCloseTime} sent with each connection: the popup closes after this long without input. */
    @WithDefault("30s")
    Duration autoCloseTime();
}
