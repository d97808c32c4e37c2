package io.gifticon.sandbox.giftishow;

import java.util.Arrays;
import java.util.Optional;

/** Giftishow result codes and their messages, as listed in giftishow-biz-api.txt 부록 1. */
public enum GiftishowCode {
    SUCCESS("0000", "정상처리"),
    E0002("E0002", "API 코드가 존재하지 않습니다"),
    E0007("E0007", "API 코드가 일치하지 않습니다"),
    E0008("E0008", "유효한 인증 키가 아닙니다"),
    E0009("E0009", "유효한 인증 토큰이 아닙니다"),
    E0010("E0010", "비즈머니 잔액이 부족합니다"),
    E0011("E0011", "인증키가 없습니다"),
    E0012("E0012", "토큰키가 없습니다"),
    E0013("E0013", "테스트 YN 값이 없습니다."),
    E9999("E9999", "오류가 발생했습니다."),
    ERR0000("ERR0000", "알수 없는 에러 입니다."),
    ERR0005("ERR0005", "DBMS 에러 입니다."),
    ERR0008("ERR0008", "SQL 에러 입니다."),
    ERR0100("ERR0100", "현재 DEV 서비스를 이용할 수 없습니다"),
    ERR0201("ERR0201", "필수 파라미터가 누락되었습니다."),
    ERR0208("ERR0208", "상품 주문 관련 오류"),
    ERR0209("ERR0209", "상품 주문 메시지 관련 오류"),
    ERR0212("ERR0212", "MMS 재발송 대상 미조회"),
    ERR0213("ERR0213", "MMS 재발송 대상 미조회"),
    ERR0214("ERR0214", "TR ID 가 없습니다."),
    ERR0215("ERR0215", "TR ID 가 중복되었습니다."),
    ERR0217("ERR0217", "MMS 번호 번호 변경 불가"),
    ERR0300("ERR0300", "회원정보 조회 실패"),
    ERR0301("ERR0301", "API 가입정보 없음"),
    ERR0401("ERR0401", "요청한 제품이 없습니다"),
    ERR0800("ERR0800", "비즈포인트 조회 오류"),
    ERR0803("ERR0803", "비즈포인트 차감 오류"),
    ERR0804("ERR0804", "비즈포인트 적립 오류"),
    ERR0805("ERR0805", "쿠폰취소 실패"),
    ERR0806("ERR0806", "제목이 20자를 초과했습니다."),
    ERR0807("ERR0807", "TR_ID 가 25byte 를 초과했습니다."),
    ERR0808("ERR0808", "이미 취소된 쿠폰"),
    ERR0817("ERR0817", "수신전화번호 오류"),
    ERR0999("ERR0999", "쿠폰발송오류"),
    PAG0001("PAG0001", "페이징 관련 오류"),
    PAG0002("PAG0002", "페이징 관련 오류"),
    COUPON_0001("COUPON.0001", "유효한 제목이 아닙니다 (title)"),
    COUPON_0002("COUPON.0002", "유효한 메시지가 아닙니다. (msg)"),
    COUPON_0003("COUPON.0003", "거래 아이디(tr_id)의 허용길이를 초과하였습니다."),
    COUPON_0004("COUPON.0004", "유효한 거래 아이디(TR_ID)가 아닙니다."),
    COUPON_0005("COUPON.0005", "전화번호(phone_no)가 존재하지 않습니다."),
    COUPON_0006("COUPON.0006", "취소 불가능한 쿠폰입니다."),
    COUPON_0007("COUPON.0007", "교환된 상품으로 취소가 불가능합니다."),
    COUPON_0008("COUPON.0008", "이미 취소된 쿠폰입니다."),
    COUPON_0009("COUPON.0009", "쿠폰 재전송에 실패하였습니다."),
    COUPON_0010("COUPON.0010", "유효한 발신번호(callback_no)가 존재하지 않습니다."),
    COUPON_0011("COUPON.0011", "유효한 상품아이디(goods_code)가 존재하지 않습니다."),
    COUPON_0012("COUPON.0012", "예약일자가 올바르지 않습니다.(ex.20190831)"),
    COUPON_0013("COUPON.0013", "예약시간이 올바르지 않습니다.(ex.12)"),
    COUPON_0014("COUPON.0014", "예약일자는 5분후 ~ 90일까지 가능합니다."),
    COUPON_0015("COUPON.0015", "중복된 거래아이디(tr_id)로 호출하였습니다.");

    private final String code;
    private final String message;

    GiftishowCode(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    /** Finds the entry for a code as it appears on the wire, e.g. {@code "COUPON.0007"}. */
    public static Optional<GiftishowCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    /** The document's message for a code, or a neutral one for codes the document does not list. */
    public static String messageOf(String code) {
        return of(code).map(GiftishowCode::message).orElse("오류가 발생했습니다.");
    }
}
