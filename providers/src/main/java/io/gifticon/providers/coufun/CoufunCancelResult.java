package io.gifticon.providers.coufun;

/**
 * A cancelled COUFUN coupon (coufun-cancel.md §5).
 *
 * @param alreadyCancelled true when COUFUN answered 18 (취소된 쿠폰): a repeat after a lost reply; still success
 * @param barcodeNum       the coupon number COUFUN echoed (may be null on code 18)
 * @param message          RESULT_MSG
 */
public record CoufunCancelResult(boolean alreadyCancelled, String barcodeNum, String message) {

    @Override
    public String toString() {
        String shown = barcodeNum == null || barcodeNum.length() < 4
                ? "****"
                : "****" + barcodeNum.substring(barcodeNum.length() - 4);
        return "CoufunCancelResult[alreadyCancelled=" + alreadyCancelled + ", barcodeNum=" + shown + "]";
    }
}
