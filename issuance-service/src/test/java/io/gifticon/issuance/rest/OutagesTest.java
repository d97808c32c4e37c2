package io.gifticon.issuance.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.web.Outages;
import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

/**
 * What web-commons' ProblemMappers answers 503 (retryable) instead of 500: PostgreSQL connection failures as the
 * reactive client and Hibernate Reactive report them — and nothing else.
 */
class OutagesTest {

    @Test
    void shouldTakeARefusedConnectionAsAnOutage() {
        assertThat(Outages.isUnavailable(new ConnectException("Connection refused: /127.0.0.1:5432")))
                .isTrue();
    }

    @Test
    void shouldTakeAClosedConnectionWrappedByHibernateReactiveAsAnOutage() {
        var closed = new VertxException("Connection is closed", true);

        assertThat(Outages.isUnavailable(new CompletionException(new HibernateException("wrapped", closed))))
                .isTrue();
    }

    @Test
    void shouldTakeAnAdminShutdownAsAnOutage() {
        // PostgreSQL restarting: FATAL 57P01 terminating connection due to administrator command
        var shutdown = new PgException("terminating connection due to administrator command", "FATAL", "57P01", null);

        assertThat(Outages.isUnavailable(shutdown)).isTrue();
    }

    @Test
    void shouldTakeTooManyConnectionsAsAnOutage() {
        assertThat(Outages.isUnavailable(new PgException("sorry, too many clients already", "FATAL", "53300", null)))
                .isTrue();
    }

    @Test
    void shouldNotTakeAConstraintViolationOrABugAsAnOutage() {
        assertThat(Outages.isUnavailable(
                        new PgException("duplicate key value violates unique constraint", "ERROR", "23505", null)))
                .isFalse();
        assertThat(Outages.isUnavailable(new IllegalStateException("coupon x: ISSUED -> REQUESTED not allowed")))
                .isFalse();
        assertThat(Outages.isUnavailable(new NullPointerException())).isFalse();
    }
}
