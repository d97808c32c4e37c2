package io.gifticon.providers.pbt;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code {type: 'barcode', data: '<scanned text>'}}: forwards a serial scanner's read into the popup
 * (pbt-pos-integration.txt §2.6).
 */
public record PbtBarcodeMessage(String type, String data) {
    public static final String TYPE = "barcode";

    public PbtBarcodeMessage {
        type = type == null ? TYPE : type;
    }

    public static PbtBarcodeMessage of(String scanned) {
        return new PbtBarcodeMessage(TYPE, scanned);
    }

    /** Throws {@code INVALID_REQUEST} (PBT's own 100010008 "바코드 메세지의 형식이 올바르지 않습니다") when empty. */
    public PbtBarcodeMessage validate() {
        List<String> problems = new ArrayList<>();
        if (!TYPE.equals(type)) {
            problems.add("type must be " + TYPE);
        }
        if (data == null || data.isBlank()) {
            problems.add("data must be the scanned text");
        }
        PbtRules.throwIfAny(problems);
        return this;
    }
}
