package io.gifticon.sandbox.giftishow.coupon;

/** The PIN states the sandbox simulates, with the codes and names of giftishow-biz-api.txt §5 (핀상태 코드). */
public enum PinStatus {
    ISSUED("01", "발행"),
    EXCHANGED("02", "교환(사용완료)"),
    CANCELLED("07", "구매취소(폐기)"),
    EXPIRED("08", "기간만료");

    private final String code;
    private final String label;

    PinStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** pinStatusCd, e.g. {@code 02}. */
    public String code() {
        return code;
    }

    /** pinStatusNm, e.g. {@code 교환(사용완료)}. */
    public String label() {
        return label;
    }
}
