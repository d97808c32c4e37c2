package io.gifticon.issuance.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A batch's progress: counts per coupon status ({@code PENDING} for recipients not sent yet, {@code REJECTED}
 * for those that could not become a coupon) and one page of its recipients' outcomes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchView(
        String batchId,
        String productId,
        int total,
        String status,
        Map<String, Long> counts,
        List<Item> items,
        int itemsPage,
        int itemsSize,
        Instant createdAt) {

    /** One recipient's outcome. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            int seq,
            String recipientPhone,
            String clientReference,
            String status,
            String couponId,
            String errorCode,
            String errorMessage) {}
}
