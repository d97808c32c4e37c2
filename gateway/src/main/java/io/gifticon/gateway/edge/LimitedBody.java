package io.gifticon.gateway.edge;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request body of unknown length (chunked) passed on to a service only up to a limit: past it the stream fails,
 * which aborts the origin request, and {@link #exceeded()} tells the proxy to answer 413 instead of the service.
 */
public final class LimitedBody implements ReadStream<Buffer> {
    private final ReadStream<Buffer> source;
    private final long limit;
    private final AtomicBoolean exceeded = new AtomicBoolean();
    private long read;
    private Handler<Throwable> exceptionHandler;

    public LimitedBody(ReadStream<Buffer> source, long limit) {
        this.source = source;
        this.limit = limit;
    }

    public boolean exceeded() {
        return exceeded.get();
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (exceeded.get()) {
                return; // the rest is drained, never forwarded
            }
            read += chunk.length();
            if (read > limit) {
                exceeded.set(true);
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new PayloadTooLarge(limit));
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        source.endHandler(
                handler == null
                        ? null
                        : v -> {
                            if (!exceeded.get()) {
                                handler.handle(v);
                            }
                        });
        return this;
    }

    /** The body went past the route's limit. */
    public static final class PayloadTooLarge extends RuntimeException {
        PayloadTooLarge(long limit) {
            super("request body larger than " + limit + " bytes", null, false, false);
        }
    }
}
