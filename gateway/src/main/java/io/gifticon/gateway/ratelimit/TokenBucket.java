package io.gifticon.gateway.ratelimit;

/** A token bucket refilled continuously at {@code rate} tokens per second up to {@code burst}. */
public final class TokenBucket {
    private final double rate;
    private final int burst;
    private double tokens;
    private long updatedNanos;

    public TokenBucket(double rate, int burst, long nowNanos) {
        this.rate = rate;
        this.burst = burst;
        this.tokens = burst;
        this.updatedNanos = nowNanos;
    }

    /** Takes one token if there is one; the decision and what the caller may be told about the bucket. */
    public synchronized RateLimitDecision tryTake(long nowNanos) {
        tokens = Math.min(burst, tokens + (nowNanos - updatedNanos) / 1e9 * rate);
        updatedNanos = nowNanos;
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        long untilOne = tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / rate);
        long untilFull = (long) Math.ceil((burst - tokens) / rate);
        return new RateLimitDecision(
                allowed,
                burst,
                (int) Math.floor(tokens),
                Math.max(1, untilOne),
                Math.max(allowed ? 0 : 1, untilFull),
                rate);
    }
}
