package io.gifticon.gateway.stream;

import io.gifticon.gateway.config.EventStreamConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The recent events of this gateway instance (at most {@code gateway.events.buffer-size}, none older than
 * {@code gateway.events.buffer-age}) and the open streams. Replaying and subscribing happen under one lock, so a
 * resumed stream neither misses nor repeats an event that arrives meanwhile.
 */
@ApplicationScoped
public class EventBuffer {
    /**
     * Events a stream may fall behind beyond a full replay; past that the stream fails and the client reconnects
     * with {@code Last-Event-ID}, instead of the gateway queueing without bound for a client that does not read.
     */
    private static final int SLOW_CLIENT_ALLOWANCE = 1_000;

    private final EventStreamConfig config;
    private final Deque<BufferedEvent> events = new ArrayDeque<>();
    private final Set<String> ids = new HashSet<>();
    private final List<Listener> listeners = new ArrayList<>();
    private long nextSeq;
    private volatile boolean assigned;

    public EventBuffer(EventStreamConfig config) {
        this.config = config;
    }

    private record Listener(Predicate<BufferedEvent> filter, MultiEmitter<? super BufferedEvent> emitter) {}

    /** Adds an event (a second copy of the same id is ignored) and hands it to the matching open streams. */
    public synchronized void add(String id, String type, String clientId, String json, Instant time) {
        if (!ids.add(id)) {
            return;
        }
        BufferedEvent event = new BufferedEvent(nextSeq++, id, type, clientId, json, time);
        events.addLast(event);
        evict();
        for (Listener listener : listeners) {
            if (listener.filter().test(event)) {
                listener.emitter().emit(event);
            }
        }
    }

    /**
     * The client's events of the given types: first those buffered after {@code lastEventId} (all buffered ones
     * when the id is no longer, or never was, in the buffer), then live ones.
     */
    public Multi<BufferedEvent> stream(String clientId, Set<String> types, String lastEventId) {
        Predicate<BufferedEvent> filter =
                e -> e.clientId().equals(clientId) && (types.isEmpty() || types.contains(e.type()));
        return Multi.createFrom()
                .emitter(
                        emitter -> {
                            Listener listener = new Listener(filter, emitter);
                            synchronized (this) {
                                evict();
                                if (lastEventId != null && !lastEventId.isBlank()) {
                                    boolean known = ids.contains(lastEventId);
                                    boolean after = !known;
                                    for (BufferedEvent event : events) {
                                        if (after && filter.test(event)) {
                                            emitter.emit(event);
                                        }
                                        after = after || event.id().equals(lastEventId);
                                    }
                                }
                                listeners.add(listener);
                            }
                            emitter.onTermination(() -> {
                                synchronized (this) {
                                    listeners.remove(listener);
                                }
                            });
                        },
                        config.bufferSize() + SLOW_CLIENT_ALLOWANCE);
    }

    private void evict() {
        Instant oldest = Instant.now().minus(config.bufferAge());
        while (!events.isEmpty()
                && (events.size() > config.bufferSize()
                        || events.peekFirst().time().isBefore(oldest))) {
            ids.remove(events.removeFirst().id());
        }
    }

    public synchronized int size() {
        return events.size();
    }

    /** Whether the feeding consumer has its partitions (and has sought back over the buffer's age). */
    public boolean assigned() {
        return assigned;
    }

    void markAssigned() {
        assigned = true;
    }
}
