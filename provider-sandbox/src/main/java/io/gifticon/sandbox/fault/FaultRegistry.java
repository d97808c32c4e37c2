package io.gifticon.sandbox.fault;

import io.gifticon.sandbox.control.Resettable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** The faults currently switched on, oldest first. */
@ApplicationScoped
public class FaultRegistry implements Resettable {

    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    public Fault add(FaultSpec spec) {
        Fault fault = Fault.of("fault-" + sequence.incrementAndGet(), spec);
        faults.add(fault);
        return fault;
    }

    public List<Fault> list() {
        return List.copyOf(faults);
    }

    public boolean remove(String id) {
        return faults.removeIf(f -> f.id().equals(id));
    }

    /** Switches every fault off; ids keep counting. */
    public void clear() {
        faults.clear();
    }

    @Override
    public void reset() {
        faults.clear();
        sequence.set(0);
    }

    /**
     * The fault to apply to one call: the oldest matching fault whose probability draw succeeds, or none.
     */
    public Optional<Fault> pick(String provider, String operation) {
        for (Fault fault : faults) {
            if (fault.matches(provider, operation) && fires(fault.probability())) {
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    private static boolean fires(double probability) {
        return probability >= 1.0 || ThreadLocalRandom.current().nextDouble() < probability;
    }
}
