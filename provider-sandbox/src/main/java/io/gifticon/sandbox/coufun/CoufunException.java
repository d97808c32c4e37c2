package io.gifticon.sandbox.coufun;

/** A COUFUN refusal: the call is answered with this result code. */
public class CoufunException extends RuntimeException {

    private final CoufunCode code;

    public CoufunException(CoufunCode code) {
        super(code.code() + " " + code.message(), null, false, false);
        this.code = code;
    }

    public CoufunCode code() {
        return code;
    }
}
