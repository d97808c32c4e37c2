package io.gifticon.issuance.health;

import io.gifticon.issuance.service.UnknownBacklog;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The coupons in doubt, in the readiness details (from the figures the reconciler reads every few seconds; no
 * query here). Always UP: a backlog is work for the reconciler, not a reason to stop sending traffic here.
 */
@Readiness
@ApplicationScoped
public class UnknownOutcomesHealth implements HealthCheck {
    private final UnknownBacklog backlog;

    public UnknownOutcomesHealth(UnknownBacklog backlog) {
        this.backlog = backlog;
    }

    @Override
    public HealthCheckResponse call() {
        var readAt = backlog.readAt();
        return HealthCheckResponse.named("coupons-in-doubt")
                .up()
                .withData("unknown", backlog.unknownCount())
                .withData("oldestUnknownAgeSeconds", (long) backlog.oldestAgeSeconds())
                .withData("cancelling", backlog.cancellingCount())
                .withData("readAt", readAt == null ? "not yet" : readAt.toString())
                .build();
    }
}
