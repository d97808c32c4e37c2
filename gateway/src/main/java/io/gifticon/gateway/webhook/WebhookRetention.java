package io.gifticon.gateway.webhook;

import io.gifticon.gateway.config.WebhookConfig;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Deletes deliveries that were delivered or given up longer than {@code gateway.webhooks.retention.max-age} ago
 * (default 30 days), with their attempts: in batches by the index on {@code finished_at}, each batch skipping rows
 * another replica is deleting, so replicas may run it at the same time. Pending deliveries are never touched.
 */
@ApplicationScoped
public class WebhookRetention {
    private static final Logger LOG = Logger.getLogger(WebhookRetention.class);
    private final WebhookRepository repository;
    private final WebhookConfig config;

    public WebhookRetention(WebhookRepository repository, WebhookConfig config) {
        this.repository = repository;
        this.config = config;
    }

    @Scheduled(
            every = "${gateway.webhooks.retention.interval:10m}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return prune().invoke(n -> {
                    if (n > 0) {
                        LOG.infof(
                                "pruned %d finished webhook deliveries older than %s",
                                n, config.retention().maxAge());
                    }
                })
                .onFailure()
                .invoke(e -> LOG.warnf("pruning webhook deliveries failed: %s", e.toString()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** One run: batches until a batch is not full or the run's cap; returns how many deliveries were deleted. */
    public Uni<Integer> prune() {
        return batch(0, 0);
    }

    private Uni<Integer> batch(int done, int deleted) {
        if (done >= config.retention().maxBatchesPerRun()) {
            return Uni.createFrom().item(deleted);
        }
        int size = config.retention().batchSize();
        return repository
                .pruneFinished(config.retention().maxAge(), size)
                .chain(n -> n < size ? Uni.createFrom().item(deleted + n) : batch(done + 1, deleted + n));
    }
}
