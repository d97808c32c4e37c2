package io.gifticon.sandbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts every request that reached a simulated provider endpoint, per provider and operation, faulted or not. */
@ApplicationScoped
public class CallCounters implements Resettable {

    private final Map<String, Map<String, LongAdder>> counters = new ConcurrentHashMap<>();

    public void record(String provider, String operation) {
        counters.computeIfAbsent(provider, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(operation, o -> new LongAdder())
                .increment();
    }

    public long count(String provider, String operation) {
        LongAdder adder = counters.getOrDefault(provider, Map.of()).get(operation);
        return adder == null ? 0 : adder.sum();
    }

    @Override
    public void reset() {
        counters.clear();
    }
}
