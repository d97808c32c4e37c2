package io.gifticon.providers.pbt;

import static io.gifticon.providers.ErrorCode.AUTHENTICATION;
import static io.gifticon.providers.ErrorCode.INVALID_REQUEST;
import static io.gifticon.providers.ErrorCode.PROVIDER_ERROR;
import static io.gifticon.providers.ErrorCode.PROVIDER_UNAVAILABLE;
import static io.gifticon.providers.ErrorCode.TIMEOUT;
import static io.gifticon.providers.ErrorCode.UNSUPPORTED;
import static io.gifticon.providers.ErrorCode.USER_CANCELLED;
import static io.gifticon.providers.ErrorCode.USER_TIMEOUT;

import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * pbt-pos-integration.txt §2.3 (오류 코드), every 9-digit code with PBT's message and cashier message. The
 * document's first rows print 8 digits ({@code 00010001}…{@code 00010018}): the leading 1 was lost in the layout
 * (the series goes on as {@code 100010019}), so they are read as {@code 100010001}…{@code 100010018}. Codes: 1… request
 * errors, 2… popup errors, 3… server/authentication errors.
 */
public final class PbtCodes {
    public static final String PROVIDER = "pbt";
    public static final String SUCCESS = "200";

    /** One row of §2.3: our code, 오류 메시지, 가맹점 오류 메시지 (for the cashier). */
    public record Entry(ErrorCode code, String message, String cashierMessage) {}

    private static final Map<String, Entry> TABLE;

    static {
        Map<String, Entry> t = new LinkedHashMap<>();
        t.put("100010001", new Entry(INVALID_REQUEST, "올바르지 않은 거래 요청 타입입니다", "요청 정보가 올바르지 않습니다."));
        t.put("100010002", new Entry(INVALID_REQUEST, "올바르지 않은 application key입니다", "요청 정보가 올바르지 않습니다."));
        t.put("100010003", new Entry(INVALID_REQUEST, "올바르지 않은 transactionID입니다", "요청 정보가 올바르지 않습니다."));
        t.put("100010004", new Entry(INVALID_REQUEST, "올바르지 않은 포인트 사용 금액입니다", "요청 정보가 올바르지 않습니다."));
        t.put("100010005", new Entry(INVALID_REQUEST, "올바르지 않은 포인트 적립 금액입니다", "요청 정보가 올바르지 않습니다."));
        t.put("100010006", new Entry(INVALID_REQUEST, "올바르지 않은 기프트카드 결제 금액입니다", "요청 정보가 올바르지 않습니다."));
        t.put("100010007", new Entry(INVALID_REQUEST, "요청 메세지의 형식이 올바르지 않습니다", "요청 정보가 올바르지 않습니다."));
        t.put("100010008", new Entry(INVALID_REQUEST, "바코드 메세지의 형식이 올바르지 않습니다", "요청 정보가 올바르지 않습니다."));
        t.put("100010009", new Entry(INVALID_REQUEST, "올바르지 않은 itemID입니다", "상품 정보가 올바르지 않습니다."));
        t.put("100010010", new Entry(INVALID_REQUEST, "올바르지 않은 itemName입니다", "상품 정보가 올바르지 않습니다."));
        t.put("100010011", new Entry(INVALID_REQUEST, "올바르지 않은 itemUnitPrice입니다", "상품 정보가 올바르지 않습니다."));
        t.put("100010012", new Entry(INVALID_REQUEST, "올바르지 않은 itemCount입니다", "상품 정보가 올바르지 않습니다."));
        t.put("100010013", new Entry(INVALID_REQUEST, "올바르지 않은 itemPrice입니다", "상품 정보가 올바르지 않습니다."));
        t.put("100010014", new Entry(INVALID_REQUEST, "올바르지 않은 itemOptionId입니다", "상품 정보가 올바르지 않습니다."));
        t.put("100010015", new Entry(INVALID_REQUEST, "올바르지 않은 itemOptionName입니다", "상품 정보가 올바르지 않습니다."));
        t.put("100010016", new Entry(INVALID_REQUEST, "올바르지 않은 itemOptionUnitPrice입니다", "상품 정보가 올바르지 않습니다."));
        t.put("100010017", new Entry(INVALID_REQUEST, "올바르지 않은 itemOptionCount입니다", "상품 정보가 올바르지 않습니다."));
        t.put("100010018", new Entry(INVALID_REQUEST, "올바르지 않은 itemOptionPrice입니다", "상품 정보가 올바르지 않습니다."));
        t.put("100010019", new Entry(INVALID_REQUEST, "올바르지 않은 요청 메세지 유형입니다", "요청 정보가 올바르지 않습니다."));
        t.put("100010020", new Entry(INVALID_REQUEST, "올바르지 않은 포인트 사용 확정 여부입니다", "요청 정보가 올바르지 않습니다."));
        t.put("100010021", new Entry(INVALID_REQUEST, "올바르지 않은 포인트 적립 확정 여부입니다", "요청 정보가 올바르지 않습니다."));
        t.put("100010022", new Entry(INVALID_REQUEST, "올바르지 않은 쿠폰 확정 여부입니다", "요청 정보가 올바르지 않습니다."));
        t.put("100010023", new Entry(INVALID_REQUEST, "올바르지 않은 기프트카드 확정 여부입니다", "요청 정보가 올바르지 않습니다."));
        t.put("100010024", new Entry(INVALID_REQUEST, "올바르지 않은 전자영수증 발행 여부입니다", "요청 정보가 올바르지 않습니다."));
        t.put("100010025", new Entry(INVALID_REQUEST, "올바르지 않은 결제수단입니다", "요청 정보가 올바르지 않습니다."));
        t.put("100010026", new Entry(INVALID_REQUEST, "올바르지 않은 결제금액(적용금액)입니다", "요청 정보가 올바르지 않습니다."));
        t.put("100020001", new Entry(INVALID_REQUEST, "passwd가 존재하지 않습니다", "필수 정보가 누락되었습니다."));
        t.put("100020002", new Entry(INVALID_REQUEST, "accessType이 존재하지 않습니다", "필수 정보가 누락되었습니다."));
        t.put("100020003", new Entry(INVALID_REQUEST, "인증 요청 정보가 존재하지 않습니다", "필수 정보가 누락되었습니다."));
        t.put("100020004", new Entry(INVALID_REQUEST, "itemList가 존재하지 않습니다", "필수 정보가 누락되었습니다."));
        t.put("100020005", new Entry(INVALID_REQUEST, "paymentList가 존재하지 않습니다", "필수 정보가 누락되었습니다."));
        t.put("100030001", new Entry(TIMEOUT, "제한 시간 내에 메세지 수신을 하지 못했습니다", "요청 시간이 초과되었습니다. 다시 시도해 주세요."));
        t.put(
                "100040001",
                new Entry(UNSUPPORTED, "포인트 시스템을 지원하지 않는 단말기입니다", "멤버십(포인트) 서비스를 사용할 수 없습니다. 본사 관리자에게 설정 지원을 요청하세요."));
        t.put(
                "100040002",
                new Entry(UNSUPPORTED, "쿠폰 시스템을 지원하지 않는 단말기입니다", "멤버십(쿠폰) 서비스를 사용할 수 없습니다. 본사 관리자에게 설정 지원을 요청하세요."));
        t.put(
                "100040003",
                new Entry(
                        UNSUPPORTED,
                        "기프트카드 시스템을 지원하지 않는 단말기입니다",
                        "멤버십(기프트카드) 서비스를 사용할 수 없습니다. 본사 관리자에게 설정 지원을 요청하세요."));
        t.put("100050001", new Entry(USER_CANCELLED, "사용자 취소입니다", "요청이 사용자에 의해 취소되었습니다."));
        t.put("100050002", new Entry(USER_TIMEOUT, "사용자 입력 시간을 초과했습니다", "사용자 입력 시간을 초과했습니다."));
        t.put("200010001", new Entry(PROVIDER_ERROR, "알 수 없는 에러가 발생했습니다", "알 수 없는 오류가 발생했습니다. 관리자에게 문의해 주세요."));
        t.put(
                "200010002",
                new Entry(
                        PROVIDER_ERROR,
                        "쿠폰 할인 적용 금액 계산 중 에러가 발생했습니다",
                        "요청 처리 중 오류가 발생했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."));
        t.put(
                "200010003",
                new Entry(
                        PROVIDER_ERROR,
                        "post message 처리 중 에러가 발생했습니다",
                        "요청 처리 중 오류가 발생했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."));
        t.put(
                "200010004",
                new Entry(PROVIDER_ERROR, "페이지 라우팅 에러가 발생했습니다", "요청 처리 중 오류가 발생했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."));
        t.put(
                "200020001",
                new Entry(
                        PROVIDER_ERROR,
                        "message listner가 등록되지 않았습니다",
                        "요청 처리 중 오류가 발생했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."));
        t.put("300010001", new Entry(AUTHENTICATION, "잘못된 Tenant API URL/KEY 입니다", "잘못된 가맹점 인증 정보입니다."));
        t.put("300010002", new Entry(AUTHENTICATION, "잘못된 application key입니다", "잘못된 가맹점 인증 정보입니다."));
        t.put(
                "300010003",
                new Entry(AUTHENTICATION, "단말기 ID 혹은 비밀번호가 올바르지 않습니다", "아이디 혹은 비밀번호가 틀렸습니다. 다시 확인하시고 시도해 주세요."));
        t.put("300010004", new Entry(AUTHENTICATION, "잘못된 access Token입니다", "인증 정보가 잘못되었습니다. 다시 로그인해 주세요."));
        t.put("300020001", new Entry(PROVIDER_UNAVAILABLE, "토큰을 발급받는데 실패했습니다", "인증 과정에서 문제가 발생했습니다. 관리자에게 문의해 주세요."));
        t.put(
                "300020002",
                new Entry(PROVIDER_UNAVAILABLE, "포인트 환경 설정 조회에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."));
        t.put(
                "300020003",
                new Entry(PROVIDER_UNAVAILABLE, "고객 정보 조회에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."));
        t.put(
                "300020004",
                new Entry(PROVIDER_UNAVAILABLE, "포인트 사용 대기 요청에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."));
        t.put(
                "300020005",
                new Entry(PROVIDER_UNAVAILABLE, "포인트 적립 대기 요청에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."));
        t.put(
                "300020006",
                new Entry(PROVIDER_UNAVAILABLE, "포인트 정보 조회 요청에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."));
        t.put(
                "300020007",
                new Entry(PROVIDER_UNAVAILABLE, "기프트카드 조회에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."));
        t.put(
                "300020008",
                new Entry(PROVIDER_UNAVAILABLE, "기프트카드 사용 대기 요청에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."));
        t.put(
                "300020009",
                new Entry(PROVIDER_UNAVAILABLE, "쿠폰 조회에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."));
        t.put(
                "300020010",
                new Entry(PROVIDER_UNAVAILABLE, "쿠폰 사용 대기 요청에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."));
        t.put(
                "300020011",
                new Entry(PROVIDER_UNAVAILABLE, "주문 취소 요청에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."));
        t.put(
                "300020012",
                new Entry(PROVIDER_UNAVAILABLE, "거래 처리 요청에 실패했습니다", "요청 처리에 실패했습니다. 오류가 반복될 경우 관리자에게 문의해 주세요."));
        t.put("300030001", new Entry(PROVIDER_UNAVAILABLE, "통신 에러가 발생했습니다", "통신 오류가 발생했습니다. 잠시 후 다시 시도해주세요."));
        t.put("300030002", new Entry(PROVIDER_ERROR, "에러가 발생했습니다", "시스템 오류가 발생했습니다. 관리자에게 문의해 주세요."));
        t.put("300030003", new Entry(PROVIDER_ERROR, "에러가 발생했습니다", "시스템 오류가 발생했습니다. 관리자에게 문의해 주세요."));
        t.put("300030004", new Entry(PROVIDER_ERROR, "에러가 발생했습니다", "시스템 오류가 발생했습니다. 관리자에게 문의해 주세요."));
        t.put("300030005", new Entry(PROVIDER_ERROR, "에러가 발생했습니다", "시스템 오류가 발생했습니다. 관리자에게 문의해 주세요."));
        t.put("300030006", new Entry(PROVIDER_ERROR, "에러가 발생했습니다", "시스템 오류가 발생했습니다. 관리자에게 문의해 주세요."));
        t.put("300030007", new Entry(PROVIDER_ERROR, "에러가 발생했습니다", "시스템 오류가 발생했습니다. 관리자에게 문의해 주세요."));
        t.put("300030008", new Entry(PROVIDER_ERROR, "에러가 발생했습니다", "시스템 오류가 발생했습니다. 관리자에게 문의해 주세요."));
        t.put("300030009", new Entry(PROVIDER_ERROR, "에러가 발생했습니다", "시스템 오류가 발생했습니다. 관리자에게 문의해 주세요."));
        t.put("300030010", new Entry(PROVIDER_ERROR, "에러가 발생했습니다", "시스템 오류가 발생했습니다. 관리자에게 문의해 주세요."));
        t.put("300030011", new Entry(PROVIDER_ERROR, "에러가 발생했습니다", "시스템 오류가 발생했습니다. 관리자에게 문의해 주세요."));
        TABLE = Collections.unmodifiableMap(t);
    }

    private PbtCodes() {}

    /** Every code of §2.3 with its row. */
    public static Map<String, Entry> table() {
        return TABLE;
    }

    /**
     * A non-200 errorCode as our error. An 8-digit {@code 0001xxxx} as printed in the document's garbled rows is
     * read as {@code 1…}; unknown codes are {@code PROVIDER_ERROR}.
     */
    public static ProviderError toError(String errorCode, String message) {
        String code = errorCode == null ? "" : errorCode.strip();
        if (code.length() == 8 && code.startsWith("0001")) {
            code = "1" + code;
        }
        Entry entry = TABLE.get(code);
        ErrorCode ours = entry == null ? PROVIDER_ERROR : entry.code();
        String text = message != null && !message.isBlank() ? message : entry == null ? null : entry.message();
        return new ProviderError(ours, PROVIDER, errorCode, text);
    }
}
