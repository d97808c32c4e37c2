package io.gifticon.gateway.ratelimit;

/**
 * Outcome of one request against its bucket.
 *
 * @param allowed           whether the request may pass
 * @param limit             bucket size
 * @param remaining         whole tokens left
 * @param retryAfterSeconds when a refused request may be sent again
 * @param resetSeconds      when the bucket is full again
 * @param rate              tokens per second
 */
public record RateLimitDecision(
        boolean allowed, int limit, int remaining, long retryAfterSeconds, long resetSeconds, double rate) {

    /** The {@code RateLimit-Policy} value: burst per the seconds the bucket takes to fill. */
    public String policy() {
        return limit + ";w=" + Math.max(1, (long) Math.ceil(limit / rate));
    }
}
