package io.gifticon.providers.coufun;

/**
 * The COUFUN APIs named by coufun-result-codes.md §1 (주요 연동 API 목록). Only cancel has a specification
 * (coufun-cancel.md); the others are declared so that callers can ask, and fail with {@code UNSUPPORTED} until
 * COUFUN sends their documents.
 */
public enum CoufunOperation {
    PRODUCT_LIST("상품목록 조회", false),
    PRODUCT_INFO("상품정보 조회", false),
    SEND("쿠폰발송", false),
    CREATE("쿠폰생성", false),
    CANCEL("쿠폰취소", true),
    RESEND("쿠폰재발송", false),
    CHANGE_RECIPIENT("쿠폰수신자번호변경", false),
    STATUS("쿠폰상태조회", false),
    IMAGE("쿠폰이미지전송", false);

    private final String koreanName;
    private final boolean supported;

    CoufunOperation(String koreanName, boolean supported) {
        this.koreanName = koreanName;
        this.supported = supported;
    }

    /** The name the COUFUN document uses. */
    public String koreanName() {
        return koreanName;
    }

    /** True when the platform implements the call. */
    public boolean supported() {
        return supported;
    }
}
