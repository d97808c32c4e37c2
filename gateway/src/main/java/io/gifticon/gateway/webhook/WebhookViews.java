package io.gifticon.gateway.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/** Request and response bodies of {@code /api/v1/webhooks}. */
public final class WebhookViews {
    private WebhookViews() {}

    /**
     * A webhook to register.
     *
     * @param url        absolute http(s) URL that receives {@code POST}s of event envelopes
     * @param eventTypes event types to receive, e.g. {@code coupon.issued}
     * @param secret     shared secret for the {@code X-Gifticon-Signature} HMAC, 16 to 200 characters
     */
    public record CreateWebhookRequest(
            @NotBlank @Size(max = 2000) String url,
            @NotEmpty @Size(max = 20) List<@NotBlank String> eventTypes,
            @NotBlank @Size(min = 16, max = 200) String secret) {}

    /** A registered webhook; the secret is never shown again. */
    public record WebhookView(String id, String url, List<String> eventTypes, OffsetDateTime createdAt) {}

    /** One delivery of one event to one webhook, with its attempts (newest first). */
    public record DeliveryView(
            String id,
            String eventId,
            String eventType,
            String couponId,
            String status,
            int attempts,
            Integer lastStatus,
            String lastError,
            OffsetDateTime nextAttemptAt,
            OffsetDateTime deliveredAt,
            OffsetDateTime createdAt,
            List<AttemptView> attemptLog) {}

    /** One HTTP attempt: the receiver's status, or the error when it did not answer. */
    public record AttemptView(OffsetDateTime attemptedAt, Integer statusCode, String error, int durationMs) {}
}
