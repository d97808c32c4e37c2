package io.gifticon.issuance.service;

import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import java.time.Duration;

/** A refusal whose answer says when to come back ({@code Retry-After}), e.g. a per-coupon limit (429). */
public class RetryLaterException extends DomainException {
    private final transient Duration retryAfter;

    public RetryLaterException(ErrorCode code, String detail, Duration retryAfter) {
        super(code, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
