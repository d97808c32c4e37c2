package io.gifticon.sandbox.giftletter;

import java.util.Arrays;

/** Result codes of giftletter-b2c.txt §11, plus the two-code forms the document's examples show (§4.2, §5.2). */
public enum GiftLetterCode {
    SUCCESS("0", ""),
    P001("P001", "파라미터 오류"),
    P002("P002", "핸드폰 번호가 올바르지 않습니다"),
    P003("P003", "허용 가능 개수를 초과하였습니다."),
    P101("P101", "이미 존재하는 거래번호 입니다"),
    P102("P102", "존재하지 않는 거래번호 입니다"),
    P201("P201", "지원하지 않는 기능입니다"),
    P301("P301", "재전송 횟수를 초과하였습니다"),
    A001("A001", "가맹점 인증 오류"),
    A101("A101", "사용 가능한 상품이 아닙니다"),
    E101("E101", "EPIN 가져오기 실패"),
    E102("E102", "EPIN 취소 실패"),
    E103("E103", "EPIN 상태 조회 실패"),
    E201("E201", "이미 사용된 EPIN 입니다"),
    E301("E301", "EPIN 승인 실패"),
    E302("E302", "EPIN 사용 실패"),
    E304("E304", "EPIN 취소 실패(이미 취소 된 거래 건)"),
    E305("E305", "EPIN 취소 실패(취소 할 거래 건이 없음)"),
    E311("E311", "EPIN 생성실패"),
    E312("E312", "EPIN 생성실패"),
    E401("E401", "EPIN 가져오기 실패(공급처)"),
    S001("S001", "시스템 오류"),
    S002("S002", "등록되지 않은 IP입니다"),
    /** §4.2 example: cancel of an order_id the provider does not know. */
    CANCEL_UNKNOWN_ORDER("E102:P002", "EPin 취소 실패 : 존재하지 않는 거래번호입니다."),
    /** §5.2 example (with its spaces): status of an order_id the provider does not know. */
    STATUS_UNKNOWN_ORDER("E103 : P002", "EPin 상태 조회 실패 : 존재하지 않는 거래번호입니다.");

    private final String code;
    private final String message;

    GiftLetterCode(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    /** The document's message for a code (for injected error codes); empty when the code is not in the table. */
    public static String messageOf(String code) {
        return Arrays.stream(values())
                .filter(c -> c.code.equals(code))
                .findFirst()
                .map(GiftLetterCode::message)
                .orElse("");
    }
}
