package io.gifticon.providers.pbt;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Builds the validated postMessage payloads for the configured terminal (PBT is not called over HTTP: the POS page
 * posts these to the popup and receives {@link PbtReply} back).
 */
@ApplicationScoped
public class PbtMessages {
    private final PbtConfig config;

    public PbtMessages(PbtConfig config) {
        this.config = config;
    }

    /** The popup URL to open in the webview/iframe (5:7 recommended, §2.4). */
    public String popupUrl() {
        return config.popupUrl();
    }

    public PbtAuth auth() {
        return new PbtAuth(config.applicationKey(), config.passwd(), config.accessType());
    }

    /** POINT_REDEEM, POINT_EARN or PREPAID for {@code payAmount} won. */
    public PbtConnectionRequest connection(PbtSupportMode mode, String transactionID, int payAmount) {
        return PbtConnectionRequest.forAmount(mode, auth(), transactionID, payAmount, autoCloseTime())
                .validate();
    }

    /** COUPON for the ordered items. */
    public PbtConnectionRequest coupon(String transactionID, List<PbtItem> items) {
        return PbtConnectionRequest.forCoupon(auth(), transactionID, items, autoCloseTime())
                .validate();
    }

    /** Cancels every part of a transaction (§3.5.1). */
    public PbtCancelRequest cancel(String transactionID) {
        return new PbtCancelRequest(
                        PbtCancelRequest.TYPE, new PbtCancelRequest.Data(auth(), transactionID), autoCloseTime())
                .validate();
    }

    /** Forwards a scanner read (§2.6). */
    public PbtBarcodeMessage barcode(String scanned) {
        return PbtBarcodeMessage.of(scanned).validate();
    }

    private Integer autoCloseTime() {
        return Math.toIntExact(config.autoCloseTime().toMillis());
    }
}
