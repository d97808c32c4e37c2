package io.gifticon.sandbox.fault;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of fault injection. */
@ConfigMapping(prefix = "sandbox.fault")
public interface FaultConfig {

    /** How long a lost reply (dropReplyAfterProcessing) keeps the request open before the connection is closed unanswered. */
    @WithDefault("10m")
    Duration dropHold();
}
