package io.gifticon.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A webhook receiver that tries to hold the gateway: it answers 200 with a body that never ends, drips its answer a
 * byte at a time, or never answers at all. Counts connections, the most open at once, bytes it managed to send, and
 * connections the gateway closed on it.
 */
final class HostileReceiver implements AutoCloseable {
    enum Mode {
        /** 200, then chunks of 1 KiB for ever. */
        ENDLESS_BODY,
        /** The status line and headers one byte per second. */
        DRIPPING_HEAD,
        /** 200 and its headers at once, then the body one byte per second. */
        DRIPPING_BODY,
        /** Reads the request, never writes a byte. */
        SILENT
    }

    private final Mode mode;
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hostile-receiver");
        t.setDaemon(true);
        return t;
    });
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger open = new AtomicInteger();
    final AtomicInteger mostOpen = new AtomicInteger();
    final AtomicInteger closedByGateway = new AtomicInteger();
    final AtomicLong bytesSent = new AtomicLong();

    HostileReceiver(Mode mode) {
        this.mode = mode;
        try {
            server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        threads.submit(this::accept);
    }

    /** A URL the tests' DNS resolves to this receiver. */
    String url() {
        return "http://hostile-" + server.getLocalPort() + FakeDns.ZONE + ":" + server.getLocalPort() + "/hook";
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                threads.submit(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            readRequest(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            switch (mode) {
                case ENDLESS_BODY -> {
                    write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n");
                    String chunk = "400\r\n" + "x".repeat(1024) + "\r\n";
                    while (true) {
                        write(out, chunk);
                    }
                }
                case DRIPPING_HEAD -> {
                    for (char c : "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".toCharArray()) {
                        write(out, String.valueOf(c));
                        waitOrNoticeClose(socket);
                    }
                }
                case DRIPPING_BODY -> {
                    write(out, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n");
                    for (int i = 0; i < 100; i++) {
                        write(out, "x");
                        waitOrNoticeClose(socket);
                    }
                }
                case SILENT -> {
                    while (socket.getInputStream().read() >= 0) {
                        // wait for the gateway to give up
                    }
                    closedByGateway.incrementAndGet();
                }
            }
        } catch (IOException closed) {
            closedByGateway.incrementAndGet();
        } finally {
            open.decrementAndGet();
        }
    }

    /** One second between two bytes, but a connection the gateway closed is noticed at once. */
    private static void waitOrNoticeClose(Socket socket) throws IOException {
        socket.setSoTimeout(1000);
        try {
            if (socket.getInputStream().read() < 0) {
                throw new IOException("closed by the gateway");
            }
        } catch (java.net.SocketTimeoutException stillOpen) {
            // a second passed
        }
    }

    private void write(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        out.write(bytes);
        out.flush();
        bytesSent.addAndGet(bytes.length);
    }

    /** The head up to the blank line, then as many body bytes as its Content-Length says. */
    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        for (int b; (b = in.read()) >= 0; ) {
            head.append((char) b);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        long length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(
                        line.substring("content-length:".length()).trim());
            }
        }
        for (long i = 0; i < length && in.read() >= 0; i++) {
            // the body is read and dropped
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        threads.shutdownNow();
    }
}
