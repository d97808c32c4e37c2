package io.gifticon.gateway.stream;

import java.time.Instant;

/**
 * One event held for the stream.
 *
 * @param seq      position in this instance's buffer
 * @param id       event id (the SSE {@code id:})
 * @param type     event type (the SSE {@code event:})
 * @param clientId the client whose coupon the event is about
 * @param json     the envelope as read from Kafka (the SSE {@code data:})
 * @param time     when the event happened
 */
public record BufferedEvent(long seq, String id, String type, String clientId, String json, Instant time) {}
