package io.gifticon.gateway.stream;

import io.gifticon.gateway.config.EventStreamConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Open server-sent event streams of this instance, capped per client ({@code gateway.events.max-streams-per-client})
 * and in all ({@code gateway.events.max-streams}), so that no client can hold every connection and buffer.
 */
@ApplicationScoped
public class StreamSlots {
    private final EventStreamConfig config;
    private final Map<String, Integer> perClient = new HashMap<>();
    private int total;

    public StreamSlots(EventStreamConfig config) {
        this.config = config;
    }

    /** A slot for one more stream of the client, released by the returned action (idempotent); empty when full. */
    public synchronized Optional<Runnable> reserve(String clientId) {
        int own = perClient.getOrDefault(clientId, 0);
        if (own >= config.maxStreamsPerClient() || total >= config.maxStreams()) {
            return Optional.empty();
        }
        perClient.put(clientId, own + 1);
        total++;
        AtomicBoolean released = new AtomicBoolean();
        return Optional.of(() -> {
            if (released.compareAndSet(false, true)) {
                release(clientId);
            }
        });
    }

    private synchronized void release(String clientId) {
        perClient.computeIfPresent(clientId, (k, n) -> n <= 1 ? null : n - 1);
        total--;
    }

    public synchronized int open() {
        return total;
    }

    public synchronized int open(String clientId) {
        return perClient.getOrDefault(clientId, 0);
    }
}
