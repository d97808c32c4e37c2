package io.gifticon.providers.pbt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The PBT popup and the terminal's credentials; the defaults point at the local provider sandbox. */
@ConfigMapping(prefix = "providers.pbt")
public interface PbtConfig {

    /** The popup page (pbt-pos-integration.txt §2.1: one URL per tenant, handed over by PBT). */
    @WithDefault("http://localhost:8090/pbt/popup/")
    String popupUrl();

    /** {@code auth.applicationKey}. */
    @WithDefault("sandbox-app-key")
    String applicationKey();

    /** {@code auth.passwd}. */
    @WithDefault("sandbox-pass")
    String passwd();

    /** {@code auth.accessType}: the terminal id. */
    @WithDefault("POS-0001")
    String accessType();

    /** {@code autoCloseTime} of our requests; PBT's default is 30 s. */
    @WithDefault("30s")
    Duration autoCloseTime();
}
