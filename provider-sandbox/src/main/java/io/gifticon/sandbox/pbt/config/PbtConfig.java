package io.gifticon.sandbox.pbt.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the simulated PBT popup and its tenant. */
@ConfigMapping(prefix = "sandbox.pbt")
public interface PbtConfig {

    /** {@code auth.applicationKey} the popup accepts (300010002 otherwise). */
    @WithDefault("sandbox-app-key")
    String applicationKey();

    /** {@code auth.passwd} the popup accepts for every terminal (300010003 otherwise). */
    @WithDefault("sandbox-pass")
    String passwd();

    /** Share of the paid amount earned as points in POINT_EARN (the document's example: 5 %). */
    @WithDefault("0.05")
    double pointEarnRate();

    /** How long a transactionID accepts connections and a confirm (pbt-pos-integration.txt: "유효 시간 30분"). */
    @WithDefault("30m")
    Duration transactionValidity();
}
