package io.gifticon.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Reads a server-sent event stream line by line in the background. */
final class SseClient implements AutoCloseable {
    /** One received event. */
    record Event(String id, String name, String data) {}

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> body;

    SseClient(URI uri, String apiKey, String lastEventId) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).header("X-Api-Key", apiKey).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            body = r.body();
            Thread reader = new Thread(
                    () -> {
                        try {
                            body.forEach(lines::add);
                        } catch (RuntimeException closed) {
                            // stream closed by close()
                        }
                    },
                    "sse-test-reader");
            reader.setDaemon(true);
            reader.start();
        });
    }

    /** Whether anything (a heartbeat comment at least) has arrived, i.e. the server holds the stream. */
    boolean open() {
        return !lines.isEmpty();
    }

    int status() {
        return response.join().statusCode();
    }

    List<Event> events() {
        List<Event> events = new ArrayList<>();
        String id = null;
        String name = null;
        StringBuilder data = null;
        for (String line : List.copyOf(lines)) {
            if (line.isEmpty()) {
                if (data != null) {
                    events.add(new Event(id, name, data.toString()));
                }
                id = null;
                name = null;
                data = null;
            } else if (line.startsWith("id:")) {
                id = line.substring(3).trim();
            } else if (line.startsWith("event:")) {
                name = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                data = (data == null ? new StringBuilder() : data.append('\n'))
                        .append(line.substring(5).trim());
            }
        }
        return events;
    }

    List<String> ids() {
        return events().stream().map(Event::id).toList();
    }

    @Override
    public void close() {
        response.cancel(true);
        if (body != null) {
            body.close();
        }
    }
}
