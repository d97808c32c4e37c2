package io.gifticon.issuance.rest;

import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import java.time.Duration;

/** A problem whose answer says when to come back ({@code Retry-After}), e.g. a per-coupon limit (429). */
public class RetryLaterException extends ProblemException {
    private final transient Duration retryAfter;

    public RetryLaterException(Problem problem, Duration retryAfter) {
        super(problem);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
