package io.gifticon.providers.pbt;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.LenientJson;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import java.util.List;
import java.util.Optional;

/**
 * What the popup posts back (pbt-pos-integration.txt §2.2): {@code {status, result, timestamp, data}}, with the
 * result fields of the request's mode in {@code data}. {@code status} "200" and {@code errorCode} 200 mean success.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PbtReply(String status, String result, String timestamp, Data data) {

    /**
     * §2.2 and §3: {@code errorCode} (200 or a 9-digit code), messages, and per mode: {@code pointRedeem},
     * {@code pointEarn}, {@code couponDiscountPrice} + {@code couponItemCodes}, {@code prepaidPayPrice}; for a
     * cancel the {@code …CanceledNum}, {@code couponCanceledID/Name} fields.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Data(
            String errorCode,
            String errorMsg,
            String errorMsgUser,
            PbtSupportMode supportMode,
            @JsonProperty("transactionID") String transactionID,
            Integer pointRedeem,
            Integer pointEarn,
            Integer couponDiscountPrice,
            List<String> couponItemCodes,
            Integer prepaidPayPrice,
            Integer pointRedeemCanceledNum,
            Integer pointEarnCanceledNum,
            @JsonProperty("couponCanceledID") String couponCanceledID,
            String couponCanceledName,
            Integer prepaidCanceledNum) {}

    /** The popup's JSON as a reply; tolerant of the document's own slips (missing outer braces, trailing commas). */
    public static PbtReply parse(String json) {
        try {
            return LenientJson.MAPPER.treeToValue(LenientJson.parse(json), PbtReply.class);
        } catch (Exception e) {
            throw new ProviderException(
                    new ProviderError(ErrorCode.PROVIDER_ERROR, PbtCodes.PROVIDER, null, "unreadable popup message"),
                    e);
        }
    }

    /** Strict JSON (no repairs, no comments, no trailing commas): for replies relayed by a client, e.g. a POS page. */
    private static final com.fasterxml.jackson.databind.ObjectMapper STRICT =
            com.fasterxml.jackson.databind.json.JsonMapper.builder()
                    .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();

    /** Largest relayed reply {@link #parseStrict} reads (characters). */
    public static final int MAX_STRICT = 64 * 1024;

    /**
     * The popup's reply as relayed by a client (the POS page): strict JSON, at most {@value #MAX_STRICT}
     * characters, linear time. {@link #parse} is the lenient reader for text that comes straight from PBT.
     */
    public static PbtReply parseStrict(String json) {
        try {
            if (json == null || json.length() > MAX_STRICT) {
                throw new IllegalArgumentException("no reply or larger than " + MAX_STRICT);
            }
            PbtReply reply = STRICT.readValue(json, PbtReply.class);
            if (reply == null) {
                throw new IllegalArgumentException("null");
            }
            return reply;
        } catch (Exception e) {
            throw new ProviderException(
                    new ProviderError(ErrorCode.INVALID_REQUEST, PbtCodes.PROVIDER, null, "unreadable popup message"),
                    e);
        }
    }

    /** True for status 200 with errorCode 200 (or no errorCode). */
    public boolean success() {
        String code = data == null ? null : data.errorCode();
        return "200".equals(status == null ? null : status.strip()) && (code == null || "200".equals(code.strip()));
    }

    /** The failure in our taxonomy, or empty on success. */
    public Optional<ProviderError> error() {
        if (success()) {
            return Optional.empty();
        }
        String code = data == null || data.errorCode() == null
                ? status
                : data.errorCode().strip();
        String message = data == null ? result : data.errorMsg();
        return Optional.of(PbtCodes.toError(code, message));
    }

    /** The text to show the cashier (§2.2 errorMsgUser), falling back to errorMsg and result. */
    public String messageForCashier() {
        if (data != null && data.errorMsgUser() != null && !data.errorMsgUser().isBlank()) {
            return data.errorMsgUser();
        }
        return data != null && data.errorMsg() != null ? data.errorMsg() : result;
    }
}
