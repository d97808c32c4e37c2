package io.gifticon.providers.pbt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code {"type":"cancel", "data":{auth, transactionID}}}: cancels every point, coupon and gift card part of a
 * transaction (pbt-pos-integration.txt §3.5.1).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PbtCancelRequest(String type, Data data, Integer autoCloseTime) {
    public static final String TYPE = "cancel";

    public record Data(
            PbtAuth auth, @JsonProperty("transactionID") String transactionID) {}

    public PbtCancelRequest {
        type = type == null ? TYPE : type;
    }

    /** Throws {@code INVALID_REQUEST} listing every rule the message breaks. */
    public PbtCancelRequest validate() {
        List<String> problems = new ArrayList<>();
        if (!TYPE.equals(type)) {
            problems.add("type must be " + TYPE);
        }
        if (data == null) {
            problems.add("data is required");
        } else {
            if (data.auth() == null) {
                problems.add("auth is required");
            } else {
                data.auth().validate(problems);
            }
            PbtRules.transactionId(data.transactionID(), problems);
        }
        PbtRules.autoCloseTime(autoCloseTime, problems);
        PbtRules.throwIfAny(problems);
        return this;
    }
}
