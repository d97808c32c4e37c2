package io.gifticon.sandbox.giftletter;

import io.gifticon.sandbox.fault.FaultTarget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Makes the GiftLetter calls known to fault injection. */
@ApplicationScoped
public class GiftLetterFaultTarget implements FaultTarget {

    @Override
    public String provider() {
        return GiftLetterOperation.PROVIDER;
    }

    @Override
    public Set<String> operations() {
        return Arrays.stream(GiftLetterOperation.values())
                .map(GiftLetterOperation::key)
                .collect(Collectors.toSet());
    }
}
