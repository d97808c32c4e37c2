package io.gifticon.sandbox.coufun;

/**
 * The COUFUN calls the sandbox simulates, named as their URL (coufun-cancel.md §2). The other APIs of
 * coufun-result-codes.md (send, create, resend, status …) are named there but not specified, so they are not simulated.
 */
public enum CoufunOperation {
    PART_CANCEL("coufunPartCancel");

    /** Provider name used by the control API, counters and faults. */
    public static final String PROVIDER = "coufun";

    private final String key;

    CoufunOperation(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
