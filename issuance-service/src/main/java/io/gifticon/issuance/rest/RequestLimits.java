package io.gifticon.issuance.rest;

import io.gifticon.web.http.BodyLimits;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * How large issuance's request bodies may be ({@link BodyLimits} checks them, and that every body says its
 * {@code Content-Type}: a coupon POST without it used to be accepted and issued): single coupons and resends are
 * small; a batch is bounded by the whole server's cap {@code quarkus.http.limits.max-body-size}; a cancel takes no
 * body.
 */
@ApplicationScoped
public class RequestLimits implements BodyLimits.Policy {
    /** A coupon or a resend: title 40 + message 1,000 characters, JSON-escaped, with room to spare. */
    static final long SMALL_BODY = 16 * 1024;

    private static final Pattern CANCEL = Pattern.compile("^/api/v1/coupons/[^/]+/cancel/?$");
    private static final Pattern BATCHES = Pattern.compile("^/api/v1/coupon-batches/?$");

    @Override
    public long maxBodyBytes(HttpMethod method, String path) {
        if (!BodyLimits.writes(method)
                || !path.startsWith("/api/v1/coupon")
                || CANCEL.matcher(path).matches()) {
            return BodyLimits.UNCHECKED;
        }
        return BATCHES.matcher(path).matches() ? Long.MAX_VALUE : SMALL_BODY;
    }
}
