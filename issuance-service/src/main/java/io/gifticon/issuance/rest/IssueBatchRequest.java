package io.gifticon.issuance.rest;

import io.gifticon.issuance.rest.validation.KoreanPhone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** {@code POST /api/v1/coupon-batches}: one product, one message, many recipients. */
public record IssueBatchRequest(
        @NotBlank @Pattern(
                regexp = "^[a-z][a-z0-9_-]{0,15}:[A-Za-z0-9_.-]{1,40}$",
                message = "must be provider:goodsCode, e.g. giftishow:G00000280811")
        String productId,

        @NotNull IssueCouponRequest.Delivery delivery,
        @NotBlank @Size(max = 40) String title,
        @NotBlank @Size(max = 1000) String message,
        @NotBlank @KoreanPhone String senderPhone,
        Instant scheduledAt,
        // the count is checked first and alone; each recipient is checked by recipientProblems(), which lists at
        // most MAX_LISTED problems and counts the rest (issue 12 §5: 50,000 bad recipients made a 3.2 MB error)
        @NotEmpty @Size(max = 10_000) List<Recipient> recipients) {

    /** Most recipient problems listed in a 400; the others are counted. */
    public static final int MAX_LISTED = 20;

    /** One recipient of a batch. */
    public record Recipient(String phone, String clientReference) {}

    /** The recipients' problems: at most {@link #MAX_LISTED} listed, and how many there are in all. */
    public record RecipientProblems(List<io.gifticon.web.Problem.FieldError> listed, int total) {}

    /** Checks every recipient (phone: a mobile of the numbering plan; clientReference: at most 100 characters). */
    public RecipientProblems recipientProblems() {
        List<io.gifticon.web.Problem.FieldError> listed = new java.util.ArrayList<>();
        int total = 0;
        for (int i = 0; i < recipients.size(); i++) {
            Recipient r = recipients.get(i);
            String problem = null;
            String field = "recipients[" + i + "]";
            if (r == null) {
                problem = "must not be null";
            } else if (r.phone() == null || r.phone().isBlank()) {
                field += ".phone";
                problem = "must not be blank";
            } else if (!KoreanPhone.Validator.isValid(r.phone(), true)) {
                field += ".phone";
                problem = KoreanPhone.RECIPIENT;
            } else if (r.clientReference() != null && r.clientReference().length() > 100) {
                field += ".clientReference";
                problem = "size must be between 0 and 100";
            }
            if (problem != null) {
                total++;
                if (listed.size() < MAX_LISTED) {
                    listed.add(new io.gifticon.web.Problem.FieldError(field, problem));
                }
            }
        }
        return new RecipientProblems(listed, total);
    }

    /** The same batch with every phone number as digits. */
    public IssueBatchRequest normalized() {
        return new IssueBatchRequest(
                productId,
                delivery,
                title,
                message,
                IssueCouponRequest.digitsOf(senderPhone),
                scheduledAt,
                recipients.stream()
                        .map(r -> new Recipient(IssueCouponRequest.digitsOf(r.phone()), r.clientReference()))
                        .toList());
    }

    /** The single-coupon request for one recipient. */
    public IssueCouponRequest forRecipient(String phone, String clientReference) {
        return new IssueCouponRequest(
                productId, phone, delivery, title, message, senderPhone, scheduledAt, clientReference);
    }
}
