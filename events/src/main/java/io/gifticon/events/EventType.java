package io.gifticon.events;

/**
 * An event type of the contract: its name in the envelope's {@code type} and the topic it is published on. Every
 * event type of every topic is an enum implementing this, in this module, and documented in {@code asyncapi.yaml}.
 */
public interface EventType {

    /** The type as it appears in the envelope's {@code type} field, e.g. {@code coupon.issued}. */
    String wireName();

    /** The topic ({@link Topics}) it is published on. */
    String topic();

    /** The record its envelope's {@code data} holds (dataVersion 1). */
    Class<?> dataType();
}
