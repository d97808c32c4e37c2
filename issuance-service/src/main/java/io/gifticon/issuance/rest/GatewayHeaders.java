package io.gifticon.issuance.rest;

import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import java.util.List;

/** The headers every write reaches this service with: the gateway's client id and the caller's Idempotency-Key. */
final class GatewayHeaders {
    static final String CLIENT_ID = "X-Client-Id";
    static final String CLIENT_SCOPES = "X-Client-Scopes";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private GatewayHeaders() {}

    /** The client the gateway authenticated; 401 when a request did not come through the gateway. */
    static String requireClient(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            throw new ProblemException(Problem.of(
                    401,
                    "UNAUTHENTICATED",
                    "No client",
                    "Requests reach this service through the gateway, which identifies the client."));
        }
        return clientId;
    }

    /** The Idempotency-Key, 1-128 characters; 400 listing the header otherwise. */
    static String requireIdempotencyKey(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 128) {
            throw new ProblemException(Problem.of(
                            400,
                            "VALIDATION_FAILED",
                            "The request is not valid",
                            "Header Idempotency-Key is required (1-128 characters)")
                    .withRetryable(false)
                    .withErrors(List.of(new Problem.FieldError(IDEMPOTENCY_KEY, "is required, 1-128 characters"))));
        }
        return idempotencyKey;
    }
}
