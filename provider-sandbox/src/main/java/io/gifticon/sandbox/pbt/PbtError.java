package io.gifticon.sandbox.pbt;

/** The PBT error codes the sandbox answers (pbt-pos-integration.txt §2.3), with errorMsg and errorMsgUser. */
public enum PbtError {
    REQUEST_TYPE(100010001, "올바르지 않은 거래 요청 타입입니다", "요청 정보가 올바르지 않습니다."),
    APPLICATION_KEY_FORMAT(100010002, "올바르지 않은 application key입니다", "요청 정보가 올바르지 않습니다."),
    TRANSACTION_ID(100010003, "올바르지 않은 transactionID입니다", "요청 정보가 올바르지 않습니다."),
    POINT_REDEEM_AMOUNT(100010004, "올바르지 않은 포인트 사용 금액입니다", "요청 정보가 올바르지 않습니다."),
    POINT_EARN_AMOUNT(100010005, "올바르지 않은 포인트 적립 금액입니다", "요청 정보가 올바르지 않습니다."),
    PREPAID_AMOUNT(100010006, "올바르지 않은 기프트카드 결제 금액입니다", "요청 정보가 올바르지 않습니다."),
    MESSAGE_FORMAT(100010007, "요청 메세지의 형식이 올바르지 않습니다", "요청 정보가 올바르지 않습니다."),
    BARCODE_FORMAT(100010008, "바코드 메세지의 형식이 올바르지 않습니다", "요청 정보가 올바르지 않습니다."),
    ITEM_ID(100010009, "올바르지 않은 itemID입니다", "상품 정보가 올바르지 않습니다."),
    ITEM_NAME(100010010, "올바르지 않은 itemName입니다", "상품 정보가 올바르지 않습니다."),
    ITEM_UNIT_PRICE(100010011, "올바르지 않은 itemUnitPrice입니다", "상품 정보가 올바르지 않습니다."),
    ITEM_COUNT(100010012, "올바르지 않은 itemCount입니다", "상품 정보가 올바르지 않습니다."),
    ITEM_PRICE(100010013, "올바르지 않은 itemPrice입니다", "상품 정보가 올바르지 않습니다."),
    MESSAGE_TYPE(100010019, "올바르지 않은 요청 메세지 유형입니다", "요청 정보가 올바르지 않습니다."),
    POINT_REDEEM_CONFIRMED(100010020, "올바르지 않은 포인트 사용 확정 여부입니다", "요청 정보가 올바르지 않습니다."),
    POINT_EARN_CONFIRMED(100010021, "올바르지 않은 포인트 적립 확정 여부입니다", "요청 정보가 올바르지 않습니다."),
    COUPON_CONFIRMED(100010022, "올바르지 않은 쿠폰 확정 여부입니다", "요청 정보가 올바르지 않습니다."),
    PREPAID_CONFIRMED(100010023, "올바르지 않은 기프트카드 확정 여부입니다", "요청 정보가 올바르지 않습니다."),
    E_RECEIPT(100010024, "올바르지 않은 전자영수증 발행 여부입니다", "요청 정보가 올바르지 않습니다."),
    PAYMENT(100010025, "올바르지 않은 결제수단입니다", "요청 정보가 올바르지 않습니다."),
    PAYMENT_PRICE(100010026, "올바르지 않은 결제금액(적용금액)입니다", "요청 정보가 올바르지 않습니다."),
    PASSWD_MISSING(100020001, "passwd가 존재하지 않습니다", "필수 정보가 누락되었습니다."),
    ACCESS_TYPE_MISSING(100020002, "accessType이 존재하지 않습니다", "필수 정보가 누락되었습니다."),
    AUTH_MISSING(100020003, "인증 요청 정보가 존재하지 않습니다", "필수 정보가 누락되었습니다."),
    ITEM_LIST_MISSING(100020004, "itemList가 존재하지 않습니다", "필수 정보가 누락되었습니다."),
    PAYMENT_LIST_MISSING(100020005, "paymentList가 존재하지 않습니다", "필수 정보가 누락되었습니다."),
    USER_CANCELLED(100050001, "사용자 취소입니다", "요청이 사용자에 의해 취소되었습니다."),
    USER_TIMEOUT(100050002, "사용자 입력 시간을 초과했습니다", "사용자 입력 시간을 초과했습니다."),
    UNKNOWN(200010001, "알 수 없는 에러가 발생했습니다", "알 수 없는 오류가 발생했습니다. 관리자에게 문의해 주세요."),
    APPLICATION_KEY(300010002, "잘못된 application key입니다", "잘못된 가맹점 인증 정보입니다."),
    TERMINAL_OR_PASSWD(300010003, "단말기 ID 혹은 비밀번호가 올바르지 않습니다", "아이디 혹은 비밀번호가 틀렸습니다. 다시 확인하시고 시도해 주세요."),
    CUSTOMER_LOOKUP(300020003, "고객 정보 조회에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."),
    POINT_REDEEM_HOLD(300020004, "포인트 사용 대기 요청에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."),
    GIFT_CARD_LOOKUP(300020007, "기프트카드 조회에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."),
    PREPAID_HOLD(300020008, "기프트카드 사용 대기 요청에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."),
    COUPON_LOOKUP(300020009, "쿠폰 조회에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."),
    COUPON_HOLD(300020010, "쿠폰 사용 대기 요청에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."),
    CANCEL_FAILED(300020011, "주문 취소 요청에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."),
    CONFIRM_FAILED(300020012, "거래 처리 요청에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요.");

    private final int code;
    private final String message;
    private final String userMessage;

    PbtError(int code, String message, String userMessage) {
        this.code = code;
        this.message = message;
        this.userMessage = userMessage;
    }

    public int code() {
        return code;
    }

    public String message() {
        return message;
    }

    public String userMessage() {
        return userMessage;
    }

    /** Envelope status: "401" for the authentication codes (3000100xx), "400" for every other error (§2.2: all errors are 4xx). */
    public String status() {
        return code / 100 == 3000100 ? "401" : "400";
    }
}
