package io.gifticon.issuance.rest;

import io.gifticon.web.DomainException;
import io.gifticon.web.ErrorCode;
import io.gifticon.web.Problem;
import java.util.List;
import java.util.Map;

/** The headers every write reaches this service with: the gateway's client id and the caller's Idempotency-Key. */
final class GatewayHeaders {
    static final String CLIENT_ID = "X-Client-Id";
    static final String CLIENT_SCOPES = "X-Client-Scopes";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private GatewayHeaders() {}

    /** The client the gateway authenticated; 401 when a request did not come through the gateway. */
    static String requireClient(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            throw new DomainException(
                    ErrorCode.UNAUTHENTICATED,
                    "Requests reach this service through the gateway, which identifies the client.");
        }
        return clientId;
    }

    /** The Idempotency-Key, 1-128 characters; 400 listing the header otherwise. */
    static String requireIdempotencyKey(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 128) {
            throw new DomainException(
                    ErrorCode.VALIDATION_FAILED,
                    "Header Idempotency-Key is required (1-128 characters)",
                    Map.of(
                            "errors",
                            List.of(new Problem.FieldError(IDEMPOTENCY_KEY, "is required, 1-128 characters"))));
        }
        return idempotencyKey;
    }
}
