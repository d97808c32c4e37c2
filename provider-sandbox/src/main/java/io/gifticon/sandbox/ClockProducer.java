package io.gifticon.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** Produces the clock of the simulated providers: Korean local time, as the providers use. */
@ApplicationScoped
public class ClockProducer {

    /** Korea Standard Time: every date the providers exchange (yyyyMMdd, HHmm) is local to Seoul. */
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(SEOUL);
    }
}
