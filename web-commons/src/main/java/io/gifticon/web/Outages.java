package io.gifticon.web;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a failure of a server we depend on (PostgreSQL, Kafka, a connection to them) from a bug: such a request
 * is answered 503 with {@code retryable: true}, never 500. Classes are recognised by name along the cause chain
 * (Hibernate Reactive and Mutiny wrap them), so this module needs neither the PostgreSQL client nor Kafka.
 */
public final class Outages {
    /** What {@code Retry-After} says for an outage, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private static final Set<String> CONNECTION_FAILURES = Set.of(
            "java.net.ConnectException",
            "java.net.SocketException",
            "java.net.NoRouteToHostException",
            "java.net.UnknownHostException",
            "java.nio.channels.ClosedChannelException",
            "io.netty.channel.ConnectTimeoutException",
            "io.netty.channel.AbstractChannel$AnnotatedConnectException",
            "io.netty.channel.StacklessClosedChannelException",
            "io.vertx.sqlclient.ClosedConnectionException",
            "io.vertx.core.http.ConnectionPoolTooBusyException",
            "io.vertx.core.impl.NoStackTraceTimeoutException",
            "io.vertx.core.net.impl.ConnectionBase$StacklessClosedChannelException",
            "org.apache.kafka.common.errors.TimeoutException",
            "org.apache.kafka.common.errors.NetworkException",
            "org.apache.kafka.common.errors.DisconnectException",
            "org.apache.kafka.common.errors.NotEnoughReplicasException");
    // io.vertx.pgclient.PgException's message ends with its SQLSTATE: "… (57P01)". Class 08 connection exception,
    // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 53300 too_many_connections
    private static final Pattern SQL_STATE = Pattern.compile("\\((08[0-9A-Z]{3}|57P0[123]|53300)\\)\\s*$");
    private static final Pattern CLOSED = Pattern.compile(
            "(?i)^(connection (is |was )?closed|closed|connection reset( by peer)?|pending requests? failed|"
                    + "timeout|fail to read any response from the server.*)$");
    private static final int MAX_DEPTH = 25;

    private Outages() {}

    /** True when {@code failure}, or a cause of it, says a server we depend on is not reachable right now. */
    public static boolean isUnavailable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            String name = t.getClass().getName();
            if (CONNECTION_FAILURES.contains(name)) {
                return true;
            }
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            if (name.endsWith(".PgException") || name.endsWith(".DatabaseException")) {
                Matcher state = SQL_STATE.matcher(message);
                if (state.find()) {
                    return true;
                }
            }
            if ((name.startsWith("io.vertx.") || name.startsWith("io.netty.") || name.startsWith("java.io."))
                    && message.length() < 200
                    && CLOSED.matcher(message.strip()).matches()) {
                return true;
            }
        }
        return false;
    }
}
