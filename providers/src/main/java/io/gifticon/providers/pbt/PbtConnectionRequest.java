package io.gifticon.providers.pbt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code {"type":"connection", "data":{…}, "autoCloseTime":…}}: opens the popup for one transaction
 * (pbt-pos-integration.txt §3.1.2, §3.1.3, §3.2.2, §3.3.2).
 *
 * @param autoCloseTime ms until the popup closes by itself; PBT's default is 30000
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PbtConnectionRequest(String type, Data data, Integer autoCloseTime) {
    public static final String TYPE = "connection";
    /** §3.1.2: "기본값: 30000". */
    public static final int DEFAULT_AUTO_CLOSE_TIME = 30_000;

    /**
     * @param payAmount POINT_REDEEM: most that may be paid with points; POINT_EARN: the amount paid; PREPAID: the
     *                  amount to pay with the gift card
     * @param itemList  COUPON: the ordered items
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Data(
            PbtSupportMode supportMode,
            PbtAuth auth,
            @JsonProperty("transactionID") String transactionID,
            Integer payAmount,
            List<PbtItem> itemList) {}

    public PbtConnectionRequest {
        type = type == null ? TYPE : type;
    }

    /** A POINT_REDEEM, POINT_EARN or PREPAID request. */
    public static PbtConnectionRequest forAmount(
            PbtSupportMode mode, PbtAuth auth, String transactionID, int payAmount, Integer autoCloseTime) {
        return new PbtConnectionRequest(TYPE, new Data(mode, auth, transactionID, payAmount, null), autoCloseTime);
    }

    /** A COUPON request. */
    public static PbtConnectionRequest forCoupon(
            PbtAuth auth, String transactionID, List<PbtItem> items, Integer autoCloseTime) {
        return new PbtConnectionRequest(
                TYPE, new Data(PbtSupportMode.COUPON, auth, transactionID, null, items), autoCloseTime);
    }

    /** Throws {@code INVALID_REQUEST} listing every rule the message breaks. */
    public PbtConnectionRequest validate() {
        List<String> problems = new ArrayList<>();
        if (!TYPE.equals(type)) {
            problems.add("type must be " + TYPE);
        }
        if (data == null) {
            problems.add("data is required");
        } else {
            if (data.supportMode() == null) {
                problems.add("supportMode is required");
            }
            if (data.auth() == null) {
                problems.add("auth is required");
            } else {
                data.auth().validate(problems);
            }
            PbtRules.transactionId(data.transactionID(), problems);
            if (data.supportMode() == PbtSupportMode.COUPON) {
                PbtItem.validateAll(data.itemList(), problems);
            } else if (data.supportMode() != null && (data.payAmount() == null || data.payAmount() <= 0)) {
                problems.add("payAmount must be positive for " + data.supportMode());
            }
        }
        PbtRules.autoCloseTime(autoCloseTime, problems);
        PbtRules.throwIfAny(problems);
        return this;
    }
}
