package io.gifticon.issuance.service;

import io.vertx.pgclient.PgException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.hibernate.exception.ConstraintViolationException;

/** What coupons and batches share for idempotent creation: the request fingerprint and the lost-race signal. */
final class Idempotency {
    private static final String UNIQUE_VIOLATION = "23505";

    private Idempotency() {}

    /** SHA-256 (hex) of a request's canonical text, so that "same key, other body" is recognised. */
    static String fingerprint(String canonical) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * True when an insert lost to another with the same idempotency key (a unique violation, as raised by the
     * reactive client directly or wrapped by Hibernate Reactive).
     */
    static boolean isKeyTaken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())
                    || t instanceof ConstraintViolationException cv && UNIQUE_VIOLATION.equals(cv.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
