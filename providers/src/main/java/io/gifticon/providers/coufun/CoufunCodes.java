package io.gifticon.providers.coufun;

import static io.gifticon.providers.ErrorCode.ALREADY_CANCELLED;
import static io.gifticon.providers.ErrorCode.ALREADY_REDEEMED;
import static io.gifticon.providers.ErrorCode.AUTHENTICATION;
import static io.gifticon.providers.ErrorCode.DUPLICATE_TRANSACTION;
import static io.gifticon.providers.ErrorCode.EXPIRED;
import static io.gifticon.providers.ErrorCode.INVALID_REQUEST;
import static io.gifticon.providers.ErrorCode.IP_NOT_ALLOWED;
import static io.gifticon.providers.ErrorCode.LIMIT_EXCEEDED;
import static io.gifticon.providers.ErrorCode.NOT_FOUND;
import static io.gifticon.providers.ErrorCode.PRODUCT_UNAVAILABLE;
import static io.gifticon.providers.ErrorCode.PROVIDER_ERROR;
import static io.gifticon.providers.ErrorCode.PROVIDER_UNAVAILABLE;
import static io.gifticon.providers.ErrorCode.QUOTA_EXHAUSTED;
import static io.gifticon.providers.ErrorCode.UNSUPPORTED;

import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** coufun-result-codes.md §2 (결과 코드 명세): every code mapped to our taxonomy. */
public final class CoufunCodes {
    public static final String PROVIDER = "coufun";
    public static final String SUCCESS = "00";

    private static final Map<String, ErrorCode> TABLE;

    static {
        Map<String, ErrorCode> t = new LinkedHashMap<>();
        t.put("01", IP_NOT_ALLOWED); // IP 오류: 등록되지 않은 IP
        t.put("02", AUTHENTICATION); // POC_ID 오류: 등록되지 않은 또는 사용중단된 클라이언트 ID
        t.put("03", NOT_FOUND); // ORDER_ID 오류
        t.put("04", EXPIRED); // 유효기간 오류: 유효기간이 지난 쿠폰
        t.put("05", AUTHENTICATION); // 연동기간 오류: our integration period is over
        t.put("08", INVALID_REQUEST); // 상품수량 오류
        t.put("09", LIMIT_EXCEEDED); // 상품목록 조회 오류: 일일 조회 횟수 초과 (again tomorrow)
        t.put("10", PRODUCT_UNAVAILABLE); // 상품정보 오류: CAT_ID, GOODS_ID
        t.put("11", INVALID_REQUEST); // TR_ID 사이즈 오류 (50byte)
        t.put("12", DUPLICATE_TRANSACTION); // TR_ID 중복 오류
        t.put("13", INVALID_REQUEST); // 발신번호 오류
        t.put("14", INVALID_REQUEST); // 수신번호 오류
        t.put("15", INVALID_REQUEST); // 수신번호 개수 초과
        t.put("16", NOT_FOUND); // 쿠폰번호 오류
        t.put("17", ALREADY_REDEEMED); // 사용된 쿠폰
        t.put("18", ALREADY_CANCELLED); // 취소된 쿠폰
        t.put("19", INVALID_REQUEST); // 발송타입 오류
        t.put("20", QUOTA_EXHAUSTED); // 발송횟수 초과 (3회 제한)
        t.put("21", INVALID_REQUEST); // 제목 오류 (40byte)
        t.put("22", INVALID_REQUEST); // 내용 오류 (300byte)
        t.put("23", DUPLICATE_TRANSACTION); // 중복 요청 오류
        t.put("24", INVALID_REQUEST); // 추가입력1 오류 (200byte)
        t.put("25", INVALID_REQUEST); // 추가입력2 오류 (200byte)
        t.put("26", INVALID_REQUEST); // 유효기간 설정 오류
        t.put("27", INVALID_REQUEST); // 유효기간 종료일 오류
        t.put("28", INVALID_REQUEST); // 유효기간 오류: 유효기간 변경 불가 상품
        t.put("29", INVALID_REQUEST); // 유효기간 시작일 오류
        t.put("30", PRODUCT_UNAVAILABLE); // 판매상품 사용기간 오류
        t.put("31", PRODUCT_UNAVAILABLE); // 판매상품 ID 오류
        t.put("50", PROVIDER_ERROR); // 쿠폰생성 오류 (관리자 문의)
        t.put("95", QUOTA_EXHAUSTED); // 발행 한도 오류 (관리자 문의)
        t.put("98", UNSUPPORTED); // API 권한 오류: 사용 불가 기능 호출
        t.put("99", PROVIDER_UNAVAILABLE); // 기타 오류: 시스템 오류
        TABLE = Collections.unmodifiableMap(t);
    }

    private CoufunCodes() {}

    /** Every documented failure code with its taxonomy entry ({@code 00} is success and not listed). */
    public static Map<String, ErrorCode> table() {
        return TABLE;
    }

    /** A non-success {@code RESULT_CODE} as our error; undocumented codes are {@code PROVIDER_ERROR}. */
    public static ProviderError toError(String code, String message) {
        return new ProviderError(
                TABLE.getOrDefault(code == null ? "" : code.strip(), PROVIDER_ERROR), PROVIDER, code, message);
    }
}
