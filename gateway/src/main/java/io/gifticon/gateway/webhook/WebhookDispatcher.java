package io.gifticon.gateway.webhook;

import io.gifticon.gateway.config.WebhookConfig;
import io.gifticon.gateway.webhook.WebhookRepository.ClaimedDelivery;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries. Every poll claims what is due (rows other replicas hold are skipped) and sends each
 * delivery on its own, without waiting for the others: a receiver that is slow or down only delays its own
 * deliveries, which back off exponentially (initial backoff doubling up to the maximum) until the give-up window
 * ends.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    public static final String EVENT_ID = "X-Gifticon-Event-Id";
    public static final String EVENT_TYPE = "X-Gifticon-Event-Type";

    private final WebhookConfig config;
    private final WebhookRepository repository;
    private final HttpClient http;
    private final AtomicInteger inFlight = new AtomicInteger();

    public WebhookDispatcher(WebhookConfig config, WebhookRepository repository, Vertx vertx) {
        this.config = config;
        this.repository = repository;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(50)
                .setKeepAlive(true));
    }

    @Scheduled(every = "${gateway.webhooks.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> poll() {
        int room = config.batchSize() - inFlight.get();
        if (!config.deliver() || room <= 0) {
            return Uni.createFrom().voidItem();
        }
        // the lease outlives the attempt, so a crashed sender's delivery is picked up again after it
        Duration lease = config.connectTimeout().plus(config.responseTimeout()).plusSeconds(5);
        return repository.claimDue(room, lease)
                .invoke(claimed -> claimed.forEach(this::sendDetached))
                .onFailure().invoke(e -> LOG.warnf("webhook poll failed: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private void sendDetached(ClaimedDelivery delivery) {
        inFlight.incrementAndGet();
        send(delivery).onTermination().invoke(inFlight::decrementAndGet).subscribe().with(
                ignored -> {
                },
                e -> LOG.warnf("recording webhook delivery %s failed: %s", delivery.id(), e.toString()));
    }

    Uni<Void> send(ClaimedDelivery delivery) {
        long started = System.nanoTime();
        String signature = WebhookSignature.header(delivery.secret(), Instant.now().getEpochSecond(),
                delivery.payload());
        var answer = http.request(new RequestOptions()
                        .setMethod(HttpMethod.POST)
                        .setAbsoluteURI(delivery.url())
                        .setTimeout(config.responseTimeout().toMillis()))
                .compose(request -> request
                        .putHeader("Content-Type", "application/json")
                        .putHeader("User-Agent", "gifticon-webhooks/1")
                        .putHeader(WebhookSignature.HEADER, signature)
                        .putHeader(EVENT_ID, delivery.eventId())
                        .putHeader(EVENT_TYPE, delivery.eventType())
                        .send(delivery.payload()))
                .compose(response -> response.body().map(ignored -> response.statusCode()));
        return Uni.createFrom().completionStage(answer.toCompletionStage())
                .onItemOrFailure().transformToUni((status, failure) -> {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    if (failure == null && status >= 200 && status < 300) {
                        LOG.debugf("webhook delivery %s: %d", delivery.id(), status);
                        return repository.recordSuccess(delivery.id(), status, millis);
                    }
                    String error = failure == null ? "HTTP " + status : truncate(failure.toString());
                    Duration backoff = backoff(delivery.attempts());
                    LOG.infof("webhook delivery %s (event %s) failed: %s; next attempt in %s", delivery.id(),
                            delivery.eventId(), error, backoff);
                    return repository.recordFailure(delivery.id(), failure == null ? status : null, error, millis,
                            backoff, config.giveUpAfter());
                });
    }

    /** Wait after the {@code previousAttempts + 1}-th failure: initial backoff doubled per earlier failure, capped. */
    Duration backoff(int previousAttempts) {
        Duration wait = config.initialBackoff();
        for (int i = 0; i < previousAttempts && wait.compareTo(config.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    private static String truncate(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
