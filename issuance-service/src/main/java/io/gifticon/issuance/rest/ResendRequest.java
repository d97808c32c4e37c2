package io.gifticon.issuance.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code POST /api/v1/coupons/{id}/resend}: the channel of the new message. */
public record ResendRequest(
        @NotNull @Pattern(regexp = "MMS|SMS", message = "must be MMS or SMS") String channel) {}
