package io.gifticon.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldAllowTheBurstThenRefuseWithRetryAfter() {
        TokenBucket bucket = new TokenBucket(0.5, 3, 0);

        for (int i = 0; i < 3; i++) {
            assertThat(bucket.tryTake(0).allowed()).isTrue();
        }
        RateLimitDecision refused = bucket.tryTake(0);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);
        assertThat(refused.resetSeconds()).isEqualTo(6);
    }

    @Test
    void shouldRefillAtTheRate() {
        TokenBucket bucket = new TokenBucket(2, 1, 0);
        assertThat(bucket.tryTake(0).allowed()).isTrue();
        assertThat(bucket.tryTake(SECOND / 4).allowed()).isFalse();

        assertThat(bucket.tryTake(SECOND / 2).allowed()).isTrue();
    }

    @Test
    void shouldNeverHoldMoreThanTheBurst() {
        TokenBucket bucket = new TokenBucket(10, 2, 0);

        RateLimitDecision later = bucket.tryTake(3600 * SECOND);

        assertThat(later.remaining()).isEqualTo(1);
    }
}
