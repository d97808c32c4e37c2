package io.gifticon.sandbox.fault;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A fault to inject, as posted to {@code POST /sandbox/faults}. Absent fields take their neutral value:
 * operation {@code *} (every operation), no latency, reply not dropped, no error, probability 1.
 */
public record FaultSpec(
        @NotBlank String provider,
        String operation,
        @PositiveOrZero Long latencyMs,
        Boolean dropReplyAfterProcessing,
        String errorCode,
        @Min(100) @Max(599) Integer httpStatus,
        @DecimalMin("0.0") @DecimalMax("1.0") Double probability) {

    /** Operation value that matches every operation of the provider. */
    public static final String ANY_OPERATION = "*";

    public FaultSpec {
        operation = operation == null || operation.isBlank() ? ANY_OPERATION : operation;
        latencyMs = latencyMs == null ? 0L : latencyMs;
        dropReplyAfterProcessing = dropReplyAfterProcessing != null && dropReplyAfterProcessing;
        errorCode = errorCode == null || errorCode.isBlank() ? null : errorCode;
        probability = probability == null ? 1.0 : probability;
    }
}
