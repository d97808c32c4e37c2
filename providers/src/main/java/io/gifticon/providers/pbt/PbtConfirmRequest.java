package io.gifticon.providers.pbt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code {"type":"confirm", …}}: after the payment, confirms (Y) or drops (N) each part of the transaction
 * (pbt-pos-integration.txt §3.4.1).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PbtConfirmRequest(String type, Data data, Integer autoCloseTime) {
    public static final String TYPE = "confirm";

    /** §3.4.1 fields; amounts in won; memo1..5 are printed on the receipt. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Data(
            PbtAuth auth,
            @JsonProperty("transactionID") String transactionID,
            @JsonProperty("pointRedeemConfirmedYN") String pointRedeemConfirmedYN,
            @JsonProperty("pointEarnConfirmedYN") String pointEarnConfirmedYN,
            @JsonProperty("couponConfirmedYN") String couponConfirmedYN,
            @JsonProperty("prepaidConfirmedYN") String prepaidConfirmedYN,
            @JsonProperty("eReceiptIssueYN") String eReceiptIssueYN,
            List<PbtItem> itemList,
            List<PbtPayment> paymentList,
            Integer netAmount,
            Integer tax,
            Integer discount,
            Integer customerPaid,
            Integer totalPaid,
            String memo1,
            String memo2,
            String memo3,
            String memo4,
            String memo5) {}

    public PbtConfirmRequest {
        type = type == null ? TYPE : type;
    }

    /** Throws {@code INVALID_REQUEST} listing every rule the message breaks. */
    public PbtConfirmRequest validate() {
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
            PbtRules.yn("pointRedeemConfirmedYN", data.pointRedeemConfirmedYN(), problems);
            PbtRules.yn("pointEarnConfirmedYN", data.pointEarnConfirmedYN(), problems);
            PbtRules.yn("couponConfirmedYN", data.couponConfirmedYN(), problems);
            PbtRules.yn("prepaidConfirmedYN", data.prepaidConfirmedYN(), problems);
            PbtRules.yn("eReceiptIssueYN", data.eReceiptIssueYN(), problems);
            // §3.4.1: "itemList : 전자영수증 발행 시 필수"; the error table has 100020005 "paymentList가 존재하지 않습니다"
            if ("Y".equals(data.eReceiptIssueYN()) || data.itemList() != null) {
                PbtItem.validateAll(data.itemList(), problems);
            }
            if (data.paymentList() == null || data.paymentList().isEmpty()) {
                problems.add("paymentList is required");
            } else {
                for (int i = 0; i < data.paymentList().size(); i++) {
                    data.paymentList().get(i).validate("paymentList[" + i + "]", problems);
                }
            }
        }
        PbtRules.autoCloseTime(autoCloseTime, problems);
        PbtRules.throwIfAny(problems);
        return this;
    }
}
