package io.gifticon.sandbox.coufun;

import io.gifticon.sandbox.fault.FaultTarget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Makes the COUFUN calls known to fault injection. */
@ApplicationScoped
public class CoufunFaultTarget implements FaultTarget {

    @Override
    public String provider() {
        return CoufunOperation.PROVIDER;
    }

    @Override
    public Set<String> operations() {
        return Arrays.stream(CoufunOperation.values()).map(CoufunOperation::key).collect(Collectors.toSet());
    }
}
