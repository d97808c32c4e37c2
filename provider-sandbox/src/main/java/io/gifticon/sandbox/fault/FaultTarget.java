package io.gifticon.sandbox.fault;

import java.util.Set;

/** A simulated provider that faults can target: its name and the names of its operations. */
public interface FaultTarget {

    String provider();

    Set<String> operations();
}
