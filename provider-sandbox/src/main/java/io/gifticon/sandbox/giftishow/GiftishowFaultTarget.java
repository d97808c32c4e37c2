package io.gifticon.sandbox.giftishow;

import io.gifticon.sandbox.fault.FaultTarget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Makes the Giftishow operations known to fault injection. */
@ApplicationScoped
public class GiftishowFaultTarget implements FaultTarget {

    @Override
    public String provider() {
        return GiftishowOperation.PROVIDER;
    }

    @Override
    public Set<String> operations() {
        return Arrays.stream(GiftishowOperation.values())
                .map(GiftishowOperation::key)
                .collect(Collectors.toSet());
    }
}
