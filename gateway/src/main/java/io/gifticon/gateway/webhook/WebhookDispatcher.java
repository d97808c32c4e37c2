package io.gifticon.gateway.webhook;

import io.gifticon.gateway.config.WebhookConfig;
import io.gifticon.gateway.outbound.OutboundTargets;
import io.gifticon.gateway.outbound.OutboundTargets.Destination;
import io.gifticon.gateway.webhook.WebhookRepository.ClaimedDelivery;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries. Every poll claims what is due ({@link WebhookRepository#claimDue}: one delivery in
 * flight per webhook, fair across clients, leased) up to the free slots of this instance, and sends each delivery on
 * its own. One attempt: the URL's host is resolved and checked now ({@link OutboundTargets}), the connection goes to
 * that checked address (the name only as {@code Host} and SNI), no redirect is followed, at most
 * {@code max-response-bytes} of the answer are read, and the whole attempt has an absolute deadline after which the
 * connection is closed. Only a 2xx whose answer arrived within the deadline is a delivery; anything else backs off
 * exponentially until the give-up window ends.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    public static final String EVENT_ID = "X-Gifticon-Event-Id";
    public static final String EVENT_TYPE = "X-Gifticon-Event-Type";

    private final WebhookConfig config;
    private final WebhookRepository repository;
    private final OutboundTargets targets;
    private final Vertx vertx;
    private final HttpClient http;
    private final AtomicInteger inFlight = new AtomicInteger();

    public WebhookDispatcher(WebhookConfig config, WebhookRepository repository, OutboundTargets targets, Vertx vertx) {
        this.config = config;
        this.repository = repository;
        this.targets = targets;
        this.vertx = vertx;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(Math.max(1, config.batchSize()))
                .setKeepAlive(true)
                .setForceSni(true)
                .setVerifyHost(true)
                .setDecompressionSupported(false)
                .setMaxRedirects(0));
    }

    /** Deliveries this instance is sending right now. */
    public int inFlight() {
        return inFlight.get();
    }

    /** The lease outlives the attempt's absolute deadline, so it can only expire for an instance that stopped. */
    Duration lease() {
        return config.attemptDeadline().multipliedBy(2).plusSeconds(10);
    }

    @Scheduled(
            every = "${gateway.webhooks.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> poll() {
        int room = config.batchSize() - inFlight.get();
        if (!config.deliver() || room <= 0) {
            return Uni.createFrom().voidItem();
        }
        return repository
                .claimDue(room, config.maxInFlightPerClient(), lease(), UUID.randomUUID())
                .invoke(claimed -> claimed.forEach(this::sendDetached))
                .onFailure()
                .invoke(e -> LOG.warnf("webhook poll failed: %s", e.toString()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    private void sendDetached(ClaimedDelivery delivery) {
        inFlight.incrementAndGet();
        send(delivery)
                .onTermination()
                .invoke(inFlight::decrementAndGet)
                .subscribe()
                .with(
                        ignored -> {},
                        e -> LOG.warnf("recording webhook delivery %s failed: %s", delivery.id(), e.toString()));
    }

    /** What one attempt ended with: a status (when the whole answer came in time) or an error. */
    record Outcome(Integer status, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    Uni<Void> send(ClaimedDelivery delivery) {
        long started = System.nanoTime();
        return attempt(delivery).chain(outcome -> {
            long millis = (System.nanoTime() - started) / 1_000_000;
            Uni<Boolean> recorded;
            if (outcome.delivered()) {
                LOG.debugf("webhook delivery %s: %d", delivery.id(), outcome.status());
                recorded = repository.recordSuccess(delivery, outcome.status(), millis);
            } else {
                String error = outcome.error() != null ? outcome.error() : "HTTP " + outcome.status();
                Duration backoff = backoff(delivery.attempts());
                LOG.infof(
                        "webhook delivery %s (event %s) failed: %s; next attempt in %s",
                        delivery.id(), delivery.eventId(), error, backoff);
                recorded = repository.recordFailure(
                        delivery,
                        outcome.error() == null ? outcome.status() : null,
                        truncate(error),
                        millis,
                        backoff,
                        config.giveUpAfter());
            }
            return recorded.invoke(held -> {
                        if (!held) {
                            LOG.warnf(
                                    "webhook delivery %s: the lease on its webhook was lost before the outcome could be "
                                            + "recorded (this instance was stalled); another instance owns it now",
                                    delivery.id());
                        }
                    })
                    .replaceWithVoid();
        });
    }

    /** One attempt under an absolute deadline; never fails: every failure is an {@link Outcome} with an error. */
    Uni<Outcome> attempt(ClaimedDelivery delivery) {
        String signature =
                WebhookSignature.header(delivery.secret(), Instant.now().getEpochSecond(), delivery.payload());
        long deadline = config.attemptDeadline().toMillis();
        return Uni.createFrom().<Outcome>emitter(emitter -> {
            AtomicBoolean over = new AtomicBoolean();
            AtomicReference<HttpClientRequest> current = new AtomicReference<>();
            long timer = vertx.setTimer(deadline, id -> {
                if (over.compareAndSet(false, true)) {
                    HttpClientRequest request = current.get();
                    if (request != null) {
                        request.reset(); // closes the connection: a dripping or silent receiver holds nothing
                    }
                    emitter.complete(new Outcome(null, "no complete answer within " + deadline + " ms"));
                }
            });
            java.util.function.Consumer<Outcome> finish = outcome -> {
                if (over.compareAndSet(false, true)) {
                    vertx.cancelTimer(timer);
                    emitter.complete(outcome);
                }
            };
            targets.resolve(delivery.url())
                    .subscribe()
                    .with(
                            destination -> exchange(destination, delivery, signature, current, over, finish),
                            failure -> finish.accept(new Outcome(
                                    null,
                                    failure instanceof OutboundTargets.Refused
                                            ? "refused: the URL " + failure.getMessage()
                                            : failure.toString())));
        });
    }

    private void exchange(
            Destination destination,
            ClaimedDelivery delivery,
            String signature,
            AtomicReference<HttpClientRequest> current,
            AtomicBoolean over,
            java.util.function.Consumer<Outcome> finish) {
        if (over.get()) {
            return;
        }
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(
                        destination.port(), destination.address().getHostAddress()))
                .setHost(destination.hostHeader())
                .setPort(destination.port())
                .setSsl(destination.ssl())
                .setURI(destination.requestUri())
                .setFollowRedirects(false)
                .setConnectTimeout(config.connectTimeout().toMillis());
        http.request(options).onComplete(created -> {
            if (created.failed()) {
                finish.accept(new Outcome(null, created.cause().toString()));
                return;
            }
            HttpClientRequest request = created.result();
            current.set(request);
            if (over.get()) {
                request.reset();
                return;
            }
            request.response().onComplete(answered -> {
                if (answered.failed()) {
                    finish.accept(new Outcome(null, answered.cause().toString()));
                    return;
                }
                HttpClientResponse response = answered.result();
                int status = response.statusCode();
                long[] read = {0};
                response.exceptionHandler(e -> finish.accept(new Outcome(null, e.toString())));
                response.handler(chunk -> {
                    read[0] += chunk.length();
                    if (read[0] > config.maxResponseBytes()) {
                        finish.accept(new Outcome(status, null));
                        request.reset(); // the rest of an endless body is never read
                    }
                });
                response.endHandler(done -> finish.accept(new Outcome(status, null)));
            });
            request.putHeader("Content-Type", "application/json")
                    .putHeader("User-Agent", "gifticon-webhooks/1")
                    .putHeader(WebhookSignature.HEADER, signature)
                    .putHeader(EVENT_ID, delivery.eventId())
                    .putHeader(EVENT_TYPE, delivery.eventType())
                    .end(Buffer.buffer(delivery.payload()));
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
