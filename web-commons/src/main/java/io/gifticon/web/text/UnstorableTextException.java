package io.gifticon.web.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string (value or member name) that PostgreSQL cannot store; Jackson adds the path of the field as the
 * exception unwinds, {@link #innerPath()} is the rest of the path inside a free-form value ({@code JsonNode}, map).
 */
public class UnstorableTextException extends MismatchedInputException {
    private final String reason;
    private final String innerPath;

    public UnstorableTextException(JsonParser parser, String reason, String innerPath) {
        super(parser, "text " + reason, (Class<?>) String.class);
        this.reason = reason;
        this.innerPath = innerPath;
    }

    /** Why, without the text (it may be personal data). */
    public String reason() {
        return reason;
    }

    /** Path below the field Jackson names, e.g. {@code items[0].name}; empty when the field itself is the string. */
    public String innerPath() {
        return innerPath;
    }
}
