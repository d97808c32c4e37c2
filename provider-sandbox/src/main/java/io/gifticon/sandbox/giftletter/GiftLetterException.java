package io.gifticon.sandbox.giftletter;

/** A GiftLetter refusal: the call is answered with this result code. */
public class GiftLetterException extends RuntimeException {

    private final GiftLetterCode code;

    public GiftLetterException(GiftLetterCode code) {
        super(code.code() + " " + code.message(), null, false, false);
        this.code = code;
    }

    public GiftLetterCode code() {
        return code;
    }
}
