package io.gifticon.sandbox.coufun;

import java.util.Arrays;
import java.util.Optional;

/** The COUFUN result codes with their messages (coufun-result-codes.md §2). */
public enum CoufunCode {
    SUCCESS("00", "처리 성공"),
    IP("01", "IP 오류"),
    POC_ID("02", "POC_ID 오류"),
    ORDER_ID("03", "ORDER_ID 오류"),
    EXPIRED("04", "유효기간 오류"),
    LINK_PERIOD("05", "연동기간 오류"),
    QUANTITY("08", "상품수량 오류"),
    GOODS_LIST("09", "상품목록 조회 오류"),
    GOODS_INFO("10", "상품정보 오류"),
    TR_ID_SIZE("11", "TR_ID 사이즈 오류"),
    TR_ID_DUPLICATE("12", "TR_ID 중복 오류"),
    CALLBACK_NO("13", "발신번호 오류"),
    RECEIVER_NO("14", "수신번호 오류"),
    RECEIVER_COUNT("15", "수신번호 개수 초과"),
    BARCODE("16", "쿠폰번호 오류"),
    USED("17", "사용된 쿠폰"),
    CANCELLED("18", "취소된 쿠폰"),
    SEND_TYPE("19", "발송타입 오류"),
    SEND_COUNT("20", "발송횟수 초과"),
    TITLE("21", "제목 오류"),
    CONTENT("22", "내용 오류"),
    DUPLICATE_REQUEST("23", "중복 요청 오류"),
    EXTRA1("24", "추가입력1 오류"),
    EXTRA2("25", "추가입력2 오류"),
    VALIDITY_SETTING("26", "유효기간 설정 오류"),
    VALIDITY_END("27", "유효기간 종료일 오류"),
    VALIDITY_FIXED("28", "유효기간 오류"),
    VALIDITY_START("29", "유효기간 시작일 오류"),
    SALE_PERIOD("30", "판매상품 사용기간 오류"),
    GOODS_ID("31", "판매상품 ID 오류"),
    COUPON_CREATION("50", "쿠폰생성 오류"),
    ISSUE_LIMIT("95", "발행 한도 오류"),
    API_PERMISSION("98", "API 권한 오류"),
    SYSTEM("99", "기타 오류");

    private final String code;
    private final String message;

    CoufunCode(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    public static Optional<CoufunCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
