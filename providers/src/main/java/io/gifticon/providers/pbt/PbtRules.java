package io.gifticon.providers.pbt;

import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import java.util.List;

/** Rules every PBT request shares (pbt-pos-integration.txt §3). */
final class PbtRules {
    /** §3.1.2 transactionID "최소 16자 ~ 최대 36자". */
    static final int MIN_TRANSACTION_ID = 16;

    static final int MAX_TRANSACTION_ID = 36;

    private PbtRules() {}

    static void transactionId(String transactionID, List<String> problems) {
        if (transactionID == null
                || transactionID.length() < MIN_TRANSACTION_ID
                || transactionID.length() > MAX_TRANSACTION_ID) {
            problems.add("transactionID must be " + MIN_TRANSACTION_ID + "-" + MAX_TRANSACTION_ID + " characters");
        }
    }

    static void autoCloseTime(Integer autoCloseTime, List<String> problems) {
        if (autoCloseTime != null && autoCloseTime <= 0) {
            problems.add("autoCloseTime must be a positive number of milliseconds");
        }
    }

    static void yn(String name, String value, List<String> problems) {
        if (!"Y".equals(value) && !"N".equals(value)) {
            problems.add(name + " must be Y or N");
        }
    }

    static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new ProviderException(
                    new ProviderError(ErrorCode.INVALID_REQUEST, PbtCodes.PROVIDER, null, String.join("; ", problems)));
        }
    }
}
