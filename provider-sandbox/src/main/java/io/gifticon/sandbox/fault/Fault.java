package io.gifticon.sandbox.fault;

/** A registered fault: its id and the normalized spec it was created from. */
public record Fault(
        String id,
        String provider,
        String operation,
        long latencyMs,
        boolean dropReplyAfterProcessing,
        String errorCode,
        Integer httpStatus,
        double probability) {

    static Fault of(String id, FaultSpec spec) {
        return new Fault(
                id,
                spec.provider(),
                spec.operation(),
                spec.latencyMs(),
                spec.dropReplyAfterProcessing(),
                spec.errorCode(),
                spec.httpStatus(),
                spec.probability());
    }

    boolean matches(String provider, String operation) {
        return this.provider.equalsIgnoreCase(provider)
                && (FaultSpec.ANY_OPERATION.equals(this.operation) || this.operation.equals(operation));
    }
}
