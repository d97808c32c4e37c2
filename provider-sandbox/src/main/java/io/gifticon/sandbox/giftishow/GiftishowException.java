package io.gifticon.sandbox.giftishow;

/** A request the simulated Giftishow refuses, answered with one of the provider's result codes. */
public class GiftishowException extends RuntimeException {

    private final transient GiftishowCode code;

    public GiftishowException(GiftishowCode code) {
        super(code.message(), null, false, false);
        this.code = code;
    }

    public GiftishowCode code() {
        return code;
    }
}
