package io.gifticon.sandbox.control;

/** State that {@code POST /sandbox/reset} puts back to how it was at start-up. */
public interface Resettable {

    void reset();
}
