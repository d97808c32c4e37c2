package io.gifticon.catalog.service;

import io.gifticon.catalog.repository.ProductSearchCache;
import io.gifticon.catalog.repository.SyncRunFinishes;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Clears this replica's search cache when a sync run finished on <em>another</em> replica (the replica that runs a
 * sync clears its own cache itself, {@link SyncRunner}): every {@code catalog.search.cache.sync-check-interval} it
 * reads the latest finish time of a run (a tiny table) and clears the cache when it changed.
 */
@ApplicationScoped
public class SearchCacheSync {
    private static final Logger LOG = Logger.getLogger(SearchCacheSync.class);

    private final SyncRunFinishes finishes;
    private final ProductSearchCache cache;
    /** null until the first check; empty while no run has finished. */
    private final AtomicReference<Optional<OffsetDateTime>> lastFinished = new AtomicReference<>();

    public SearchCacheSync(SyncRunFinishes finishes, ProductSearchCache cache) {
        this.finishes = finishes;
        this.cache = cache;
    }

    @Scheduled(
            identity = "search-cache-sync-check",
            every = "${catalog.search.cache.sync-check-interval}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return check().onFailure()
                .recoverWithItem(e -> {
                    LOG.warnf("search cache: could not read the latest sync run: %s", e.toString());
                    return false;
                })
                .replaceWithVoid();
    }

    /** Clears the cache if a run finished since the last check (not on the first check: the cache starts empty). */
    public Uni<Boolean> check() {
        // also while the cache is off: switched on again, it must not clear for a run it did not cache through
        return finishes.latest().map(finished -> {
            Optional<OffsetDateTime> before = lastFinished.getAndSet(finished);
            if (before != null && !before.equals(finished)) {
                cache.invalidateAll();
                LOG.debugf("search cache cleared: a sync run finished at %s", finished.orElse(null));
                return true;
            }
            return false;
        });
    }
}
