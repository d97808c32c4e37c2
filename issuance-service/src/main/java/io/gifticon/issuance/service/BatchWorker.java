package io.gifticon.issuance.service;

import io.gifticon.issuance.config.IssuanceConfig;
import io.gifticon.issuance.repository.CouponBatchRepository;
import io.gifticon.issuance.rest.IssueBatchRequest;
import io.gifticon.issuance.rest.IssueCouponRequest;
import io.gifticon.outbox.SafeContexts;
import io.gifticon.providers.ProviderException;
import io.gifticon.web.AesGcmCipher;
import io.gifticon.web.DomainException;
import io.gifticon.web.ProblemException;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends the waiting items of batches. Items are taken under a lease ({@code FOR UPDATE SKIP LOCKED}), so several
 * replicas share the work and a crashed one's items are taken again when the lease ends. Each item goes through
 * the normal issue path with the idempotency key {@code batch:<batch>:<seq>}: taking an item twice replays its
 * coupon instead of issuing a second one. Sends are paced ({@code sends-per-second}) and bounded
 * ({@code concurrency}).
 */
@ApplicationScoped
public class BatchWorker {
    private static final Logger LOG = Logger.getLogger(BatchWorker.class);

    private final CouponBatchRepository batches;
    private final AesGcmCipher cipher;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final CouponIssuanceService issuance;
    private final IssuanceConfig.Batch config;
    private final Vertx vertx;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    public BatchWorker(
            CouponBatchRepository batches,
            AesGcmCipher cipher,
            CouponIssuanceService issuance,
            IssuanceConfig config,
            Vertx vertx,
            Clock clock) {
        this.clock = clock;
        this.batches = batches;
        this.cipher = cipher;
        this.issuance = issuance;
        this.config = config.batch();
        this.vertx = vertx;
    }

    @Scheduled(
            every = "${issuance.batch.poll-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> poll() {
        return work();
    }

    /** Starts a round now (e.g. a batch just arrived), on a context of its own. */
    public void wakeUp() {
        SafeContexts.start(vertx, "batch round", this::work, LOG);
    }

    /** Sends claimed items until none wait; returns at once if this instance is already at it. */
    public Uni<Void> work() {
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom()
                .deferred(this::round)
                .eventually(() -> running.set(false))
                .chain(sent -> sent > 0 ? work() : Uni.createFrom().voidItem());
    }

    private Uni<Integer> round() {
        return claim().chain(items -> {
            if (items.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            // ticks that find every slot busy are dropped, so the pace is an upper bound
            Duration spacing = Duration.ofNanos(1_000_000_000L / Math.max(1, config.sendsPerSecond()));
            Multi<Long> pace =
                    Multi.createFrom().ticks().every(spacing).onOverflow().drop();
            return Multi.createBy()
                    .combining()
                    .streams(pace, Multi.createFrom().iterable(items))
                    .asTuple()
                    .onItem()
                    .transformToUni(tick -> onOwnContext(tick.getItem2()))
                    .merge(config.concurrency())
                    .collect()
                    .asList()
                    .map(List::size);
        });
    }

    private Uni<List<Claimed>> claim() {
        return batches.claim(clock.instant(), config.lease(), config.claimSize())
                .map(rows -> rows.stream().map(Claimed::of).toList());
    }

    /**
     * Each send on a Vert.x context of its own: Hibernate Reactive keeps one session per context, so concurrent
     * sends sharing one would use each other's session (and ticks arrive on a timer thread without any context).
     */
    private Uni<Void> onOwnContext(Claimed item) {
        return SafeContexts.run(vertx, () -> send(item));
    }

    private Uni<Void> send(Claimed item) {
        String phone = cipher.decrypt(item.phoneEncrypted(), item.batchId() + ":" + item.seq());
        var request = item.batch().forRecipient(phone, item.clientReference());
        String key = "batch:" + item.batchId() + ":" + item.seq();
        return Uni.createFrom()
                .deferred(() -> issuance.issue(item.clientId(), key, request))
                .chain(outcome -> outcome.coupon().idempotencyReleased
                        // never reached the provider (down, circuit open): try this recipient again later
                        ? batches.retryAt(
                                item.batchId(), item.seq(), clock.instant().plus(RETRY_AFTER))
                        : batches.linkCoupon(item.batchId(), item.seq(), outcome.coupon().id))
                // a retryable problem (e.g. the catalog did not answer) is not a verdict on the recipient: the lease
                // runs out and the item is taken again
                .onFailure(f -> f instanceof ProviderException
                        || f instanceof DomainException de && !de.code().retryable()
                        || f instanceof ProblemException pe
                                && !Boolean.TRUE.equals(pe.problem().retryable()))
                .recoverWithUni(failure -> reject(item, failure))
                .onFailure()
                .recoverWithUni(failure -> {
                    // e.g. our database hiccuped: the lease runs out and the item is taken again, with the same key
                    LOG.warnf("batch %s item %d: %s", item.batchId(), item.seq(), failure.toString());
                    return Uni.createFrom().voidItem();
                });
    }

    /** The item can never become a coupon (e.g. the provider's rules refuse it): record why. */
    private Uni<Void> reject(Claimed item, Throwable failure) {
        String code = failure instanceof ProviderException pe
                ? pe.error().code().name()
                : failure instanceof DomainException de
                        ? de.code().name()
                        : ((ProblemException) failure).problem().code();
        // the fixed text of the code: a provider's reply text never reaches the batch's view
        String message = ErrorMessages.of(code);
        return batches.reject(item.batchId(), item.seq(), code, message);
    }

    /** An item taken by this instance, with what its coupon request needs. */
    record Claimed(
            UUID batchId,
            int seq,
            String phoneEncrypted,
            String clientReference,
            String clientId,
            IssueBatchRequest batch) {

        static Claimed of(CouponBatchRepository.ClaimedItem r) {
            var batch = new IssueBatchRequest(
                    r.productId(),
                    IssueCouponRequest.Delivery.valueOf(r.delivery()),
                    r.title(),
                    r.message(),
                    r.senderPhone(),
                    r.scheduledAt(),
                    List.of());
            return new Claimed(r.batchId(), r.seq(), r.phoneEncrypted(), r.clientReference(), r.clientId(), batch);
        }
    }
}
