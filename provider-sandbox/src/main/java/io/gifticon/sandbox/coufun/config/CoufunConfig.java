package io.gifticon.sandbox.coufun.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the simulated COUFUN account. */
@ConfigMapping(prefix = "sandbox.coufun")
public interface CoufunConfig {

    /** Client id ({@code POC_ID}) the simulator accepts; anything else is code 02. */
    @WithDefault("SANDBOXPOC")
    String pocId();
}
