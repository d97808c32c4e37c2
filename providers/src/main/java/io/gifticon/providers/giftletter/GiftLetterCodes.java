package io.gifticon.providers.giftletter;

import static io.gifticon.providers.ErrorCode.ALREADY_CANCELLED;
import static io.gifticon.providers.ErrorCode.ALREADY_REDEEMED;
import static io.gifticon.providers.ErrorCode.AUTHENTICATION;
import static io.gifticon.providers.ErrorCode.DUPLICATE_TRANSACTION;
import static io.gifticon.providers.ErrorCode.INVALID_REQUEST;
import static io.gifticon.providers.ErrorCode.IP_NOT_ALLOWED;
import static io.gifticon.providers.ErrorCode.NOT_FOUND;
import static io.gifticon.providers.ErrorCode.PRODUCT_UNAVAILABLE;
import static io.gifticon.providers.ErrorCode.PROVIDER_ERROR;
import static io.gifticon.providers.ErrorCode.PROVIDER_UNAVAILABLE;
import static io.gifticon.providers.ErrorCode.QUOTA_EXHAUSTED;
import static io.gifticon.providers.ErrorCode.UNSUPPORTED;

import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** giftletter-b2c.txt §11 (에러코드표) and the {@code STATUS} values of §7–§9, mapped to our taxonomy. */
public final class GiftLetterCodes {
    public static final String PROVIDER = "giftletter";
    public static final String SUCCESS = "0";

    /** The calls that answer with a {@code STATUS} letter instead of {@code rstCode}. */
    public enum StatusCall {
        GOODS_LIST,
        GOODS_INFO,
        BRAND_IMAGE
    }

    private static final Map<String, ErrorCode> TABLE;
    private static final Map<StatusCall, Map<String, ErrorCode>> STATUS;

    static {
        Map<String, ErrorCode> t = new LinkedHashMap<>();
        t.put("P001", INVALID_REQUEST); // 파라미터 오류
        t.put("P002", INVALID_REQUEST); // 핸드폰 번호가 올바르지 않습니다
        t.put("P003", INVALID_REQUEST); // 허용 가능 개수를 초과하였습니다 (count is fixed at 1)
        t.put("P101", DUPLICATE_TRANSACTION); // 이미 존재하는 거래번호 입니다
        t.put("P102", NOT_FOUND); // 존재하지 않는 거래번호 입니다
        t.put("P201", UNSUPPORTED); // 지원하지 않는 기능입니다
        t.put("P301", QUOTA_EXHAUSTED); // 재전송 횟수를 초과하였습니다
        t.put("A001", AUTHENTICATION); // 가맹점 인증 오류
        t.put("A101", PRODUCT_UNAVAILABLE); // 사용 가능한 상품이 아닙니다
        t.put("E101", PROVIDER_ERROR); // EPIN 가져오기 실패
        t.put("E102", PROVIDER_ERROR); // EPIN 취소 실패
        t.put("E103", PROVIDER_ERROR); // EPIN 상태 조회 실패
        t.put("E201", ALREADY_REDEEMED); // 이미 사용된 EPIN 입니다
        t.put("E301", PROVIDER_ERROR); // EPIN 승인 실패
        t.put("E302", PROVIDER_ERROR); // EPIN 사용 실패
        t.put("E304", ALREADY_CANCELLED); // EPIN 취소 실패(이미 취소 된 거래 건)
        t.put("E305", NOT_FOUND); // EPIN 취소 실패(취소 할 거래 건이 없음)
        t.put("E311", PROVIDER_ERROR); // EPIN 생성실패
        t.put("E312", PROVIDER_ERROR); // EPIN 생성실패
        t.put("E401", PROVIDER_UNAVAILABLE); // EPIN 가져오기 실패(공급처): the supplier behind GiftLetter failed
        t.put("S001", PROVIDER_UNAVAILABLE); // 시스템 오류
        t.put("S002", IP_NOT_ALLOWED); // 등록되지 않은 IP입니다
        TABLE = Collections.unmodifiableMap(t);

        Map<StatusCall, Map<String, ErrorCode>> s = new EnumMap<>(StatusCall.class);
        // §7: E 서버오류, I IP제한, C 인증실패
        s.put(StatusCall.GOODS_LIST, Map.of("E", PROVIDER_UNAVAILABLE, "I", IP_NOT_ALLOWED, "C", AUTHENTICATION));
        // §8: E 미 존재 상품, I IP제한, C 인증실패
        s.put(StatusCall.GOODS_INFO, Map.of("E", PRODUCT_UNAVAILABLE, "I", IP_NOT_ALLOWED, "C", AUTHENTICATION));
        // §9: E 미 존재 브랜드, I IP제한
        s.put(StatusCall.BRAND_IMAGE, Map.of("E", NOT_FOUND, "I", IP_NOT_ALLOWED));
        STATUS = Collections.unmodifiableMap(s);
    }

    private GiftLetterCodes() {}

    /** Every code of §11 with its taxonomy entry. */
    public static Map<String, ErrorCode> table() {
        return TABLE;
    }

    /** The failing {@code STATUS} letters of one call (Y and N are not failures: N marks an unusable item). */
    public static Map<String, ErrorCode> statusTable(StatusCall call) {
        return STATUS.get(call);
    }

    /**
     * §4.2: "오류코드가 2개인 경우 앞 오류코드 참조" — {@code "E102:P002"} and {@code "E103 : P002"} count as their first
     * code.
     */
    public static String primaryCode(String rstCode) {
        if (rstCode == null) {
            return null;
        }
        String first = rstCode.split(":", 2)[0].strip();
        return first.isEmpty() ? rstCode.strip() : first;
    }

    /** A non-success {@code rstCode} as our error (the primary code decides; the whole code is kept). */
    public static ProviderError toError(String rstCode, String message) {
        ErrorCode code = TABLE.getOrDefault(primaryCode(rstCode), PROVIDER_ERROR);
        return new ProviderError(code, PROVIDER, rstCode, message);
    }

    /** A failing {@code STATUS} letter of {@code call} as our error; unknown letters are {@code PROVIDER_ERROR}. */
    public static ProviderError statusError(StatusCall call, String status) {
        ErrorCode code = STATUS.get(call).getOrDefault(status == null ? "" : status.strip(), PROVIDER_ERROR);
        return new ProviderError(code, PROVIDER, "STATUS " + status, null);
    }
}
