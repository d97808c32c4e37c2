package io.gifticon.issuance.service;

import io.gifticon.providers.ErrorCode;
import java.util.Map;

/**
 * The one fixed text per error code that coupons, events, views and batch items carry (issue 12 §6). A provider's
 * own reply text never goes there: it may carry anything, even a PIN.
 */
public final class ErrorMessages {
    private static final Map<String, String> API_CODES = Map.of(
            "VALIDATION_FAILED", "The request is not valid.",
            "PRODUCT_UNKNOWN", "The catalog does not know this product.",
            "PRODUCT_NOT_ISSUABLE", "This product's provider cannot issue coupons through the platform.",
            "CATALOG_UNAVAILABLE", "The catalog is not available right now; try again later.",
            "SERVICE_UNAVAILABLE", "A server the platform depends on is not available right now; try again later.");

    private ErrorMessages() {}

    /** The fixed message of {@code code} (our taxonomy or an API code); null for no code. */
    public static String of(String code) {
        if (code == null) {
            return null;
        }
        try {
            return ErrorCode.valueOf(code).userMessage();
        } catch (IllegalArgumentException notTaxonomy) {
            return API_CODES.getOrDefault(code, "The coupon could not be issued.");
        }
    }
}
