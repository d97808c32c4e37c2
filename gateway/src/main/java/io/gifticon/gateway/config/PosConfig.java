package io.gifticon.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The POS page ({@code /pos/}) and the PBT popup it embeds (pbt-pos-integration.txt): where the popup is, the
 * tenant's application key, and the PBT terminal each POS client is bound to. The PBT protocol has the browser put
 * {@code auth} (application key, terminal password, terminal id) into every message it posts to the popup, so a
 * POS client is given exactly its own terminal's credentials, nothing else.
 */
@ConfigMapping(prefix = "gateway.pos")
public interface PosConfig {

    /** The PBT popup page opened in the iframe; locally the provider sandbox's. */
    @WithDefault("http://localhost:8090/pbt/popup/")
    URI popupUrl();

    /** PBT {@code auth.applicationKey} of the tenant (env {@code GATEWAY_POS_APPLICATION_KEY}). */
    Optional<String> applicationKey();

    /**
     * PBT {@code auth.passwd} of terminals that have none of their own (env {@code GATEWAY_POS_PASSWD}); prefer one
     * password per terminal ({@link Terminal#passwd()}).
     */
    Optional<String> passwd();

    /**
     * The PBT terminal of each POS client, by API client id, e.g. {@code gateway.pos.terminals.store-12.terminal-id}
     * (env {@code GATEWAY_POS_TERMINALS__STORE_12__TERMINAL_ID}). A client without an entry gets no PBT credentials.
     */
    Map<String, Terminal> terminals();

    /** {@code autoCloseTime} sent with each connection: the popup closes after this long without input. */
    @WithDefault("30s")
    Duration autoCloseTime();

    interface Terminal {
        /** PBT {@code auth.accessType}: the terminal id PBT issued for this POS. */
        String terminalId();

        /** PBT {@code auth.passwd} of this terminal (env {@code GATEWAY_POS_TERMINALS__<CLIENT>__PASSWD}). */
        Optional<String> passwd();
    }
}
