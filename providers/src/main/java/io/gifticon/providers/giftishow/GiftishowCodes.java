package io.gifticon.providers.giftishow;

import static io.gifticon.providers.ErrorCode.ALREADY_CANCELLED;
import static io.gifticon.providers.ErrorCode.ALREADY_REDEEMED;
import static io.gifticon.providers.ErrorCode.AUTHENTICATION;
import static io.gifticon.providers.ErrorCode.DUPLICATE_TRANSACTION;
import static io.gifticon.providers.ErrorCode.INSUFFICIENT_BALANCE;
import static io.gifticon.providers.ErrorCode.INVALID_REQUEST;
import static io.gifticon.providers.ErrorCode.NOT_CANCELLABLE;
import static io.gifticon.providers.ErrorCode.NOT_FOUND;
import static io.gifticon.providers.ErrorCode.PRODUCT_UNAVAILABLE;
import static io.gifticon.providers.ErrorCode.PROVIDER_ERROR;
import static io.gifticon.providers.ErrorCode.PROVIDER_UNAVAILABLE;

import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** giftishow-biz-api.txt 부록 1 (에러 코드): every code of the table mapped to our taxonomy. */
public final class GiftishowCodes {
    public static final String PROVIDER = "giftishow";
    public static final String SUCCESS = "0000";

    private static final Map<String, ErrorCode> TABLE;

    static {
        Map<String, ErrorCode> t = new LinkedHashMap<>();
        // HTTP-like codes, "http status code 와 별개로" carried in the code field
        t.put("204", NOT_FOUND);
        t.put("400", INVALID_REQUEST);
        t.put("401", AUTHENTICATION);
        t.put("403", AUTHENTICATION);
        t.put("405", INVALID_REQUEST);
        t.put("414", INVALID_REQUEST);
        t.put("500", PROVIDER_UNAVAILABLE);
        t.put("503", PROVIDER_UNAVAILABLE);
        // COMMON
        t.put("E0002", INVALID_REQUEST); // API 코드가 존재하지 않습니다
        t.put("E0007", INVALID_REQUEST); // API 코드가 일치하지 않습니다
        t.put("E0008", AUTHENTICATION); // 유효한 인증 키가 아닙니다
        t.put("E0009", AUTHENTICATION); // 유효한 인증 토큰이 아닙니다
        t.put("E0010", INSUFFICIENT_BALANCE); // 비즈머니 잔액이 부족합니다
        t.put("E0011", AUTHENTICATION); // 인증키가 없습니다
        t.put("E0012", AUTHENTICATION); // 토큰키가 없습니다
        t.put("E0013", INVALID_REQUEST); // 테스트 YN 값이 없습니다
        t.put("E9999", PROVIDER_UNAVAILABLE); // 오류가 발생했습니다
        t.put("ERR0000", PROVIDER_UNAVAILABLE); // 알수 없는 에러
        t.put("ERR0005", PROVIDER_UNAVAILABLE); // DBMS 에러
        t.put("ERR0008", PROVIDER_UNAVAILABLE); // SQL 에러
        t.put("ERR0100", INVALID_REQUEST); // DEV 서비스를 이용할 수 없습니다 (dev_yn must be N)
        t.put("ERR0201", INVALID_REQUEST); // 필수 파라미터가 누락
        t.put("ERR0208", INVALID_REQUEST); // 상품 주문 관련 오류
        t.put("ERR0209", INVALID_REQUEST); // 상품 주문 메시지 관련 오류
        t.put("ERR0212", NOT_FOUND); // MMS 재발송 대상 미조회
        t.put("ERR0213", NOT_FOUND); // MMS 재발송 대상 미조회
        t.put("ERR0214", INVALID_REQUEST); // TR ID 가 없습니다
        t.put("ERR0215", DUPLICATE_TRANSACTION); // TR ID 가 중복되었습니다
        t.put("ERR0217", INVALID_REQUEST); // MMS 번호 변경 불가
        t.put("ERR0300", AUTHENTICATION); // 회원정보 조회 실패
        t.put("ERR0301", AUTHENTICATION); // API 가입정보 없음
        t.put("ERR0401", PRODUCT_UNAVAILABLE); // 요청한 제품이 없습니다
        t.put("ERR0800", PROVIDER_UNAVAILABLE); // 비즈포인트 조회 오류
        t.put("ERR0803", PROVIDER_UNAVAILABLE); // 비즈포인트 차감 오류
        t.put("ERR0804", PROVIDER_UNAVAILABLE); // 비즈포인트 적립 오류
        t.put("ERR0805", PROVIDER_UNAVAILABLE); // 쿠폰취소 실패
        t.put("ERR0806", INVALID_REQUEST); // 제목이 20자를 초과
        t.put("ERR0807", INVALID_REQUEST); // TR_ID 가 25byte 를 초과
        t.put("ERR0808", ALREADY_CANCELLED); // 이미 취소된 쿠폰
        t.put("ERR0817", INVALID_REQUEST); // 수신전화번호 오류
        t.put("ERR0999", PROVIDER_ERROR); // 쿠폰발송오류
        t.put("PAG0001", INVALID_REQUEST); // 페이징 관련 오류
        t.put("PAG0002", INVALID_REQUEST); // 페이징 관련 오류
        // 쿠폰 관련
        t.put("COUPON.0001", INVALID_REQUEST); // 유효한 제목이 아닙니다
        t.put("COUPON.0002", INVALID_REQUEST); // 유효한 메시지가 아닙니다
        t.put("COUPON.0003", INVALID_REQUEST); // tr_id 허용길이 초과
        t.put("COUPON.0004", NOT_FOUND); // 유효한 거래 아이디가 아닙니다
        t.put("COUPON.0005", INVALID_REQUEST); // 전화번호가 존재하지 않습니다
        t.put("COUPON.0006", NOT_CANCELLABLE); // 취소 불가능한 쿠폰
        t.put("COUPON.0007", ALREADY_REDEEMED); // 교환된 상품으로 취소 불가
        t.put("COUPON.0008", ALREADY_CANCELLED); // 이미 취소된 쿠폰
        t.put("COUPON.0009", PROVIDER_UNAVAILABLE); // 쿠폰 재전송에 실패
        t.put("COUPON.0010", INVALID_REQUEST); // 유효한 발신번호가 존재하지 않습니다
        t.put("COUPON.0011", PRODUCT_UNAVAILABLE); // 유효한 상품아이디가 존재하지 않습니다
        t.put("COUPON.0012", INVALID_REQUEST); // 예약일자가 올바르지 않습니다
        t.put("COUPON.0013", INVALID_REQUEST); // 예약시간이 올바르지 않습니다
        t.put("COUPON.0014", INVALID_REQUEST); // 예약일자는 5분후 ~ 90일까지 가능
        t.put("COUPON.0015", DUPLICATE_TRANSACTION); // 중복된 거래아이디로 호출
        TABLE = Collections.unmodifiableMap(t);
    }

    private GiftishowCodes() {}

    /** Every documented code with its taxonomy entry, for table-driven tests. */
    public static Map<String, ErrorCode> table() {
        return TABLE;
    }

    /** A non-success code as our error; codes missing from the document's table are {@code PROVIDER_ERROR}. */
    public static ProviderError toError(String code, String message) {
        return new ProviderError(TABLE.getOrDefault(code, PROVIDER_ERROR), PROVIDER, code, message);
    }
}
