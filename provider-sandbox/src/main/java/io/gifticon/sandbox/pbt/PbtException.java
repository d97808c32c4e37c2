package io.gifticon.sandbox.pbt;

/** A PBT refusal, answered as the document's envelope with this error. */
public class PbtException extends RuntimeException {

    private final PbtError error;

    public PbtException(PbtError error) {
        super(error.code() + " " + error.message(), null, false, false);
        this.error = error;
    }

    public PbtError error() {
        return error;
    }
}
