package io.gifticon.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A webhook receiver (WireMock on a dynamic port, named in {@link FakeDns}) and how receivers check signatures. */
final class Receiver implements AutoCloseable {
    final WireMockServer server =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());

    Receiver() {
        server.start();
    }

    /** Under a public-looking name that only the tests' DNS knows (127.0.0.1): the outbound rules apply in full. */
    String url() {
        return "http://" + host() + ":" + server.port() + "/hook";
    }

    String host() {
        return "receiver-" + server.port() + FakeDns.ZONE;
    }

    /** Requests that carried the given event id. */
    List<LoggedRequest> requestsFor(String eventId) {
        return server.getAllServeEvents().stream()
                .map(e -> e.getRequest())
                .filter(r -> eventId.equals(r.getHeader("X-Gifticon-Event-Id")))
                .toList();
    }

    /** Checks {@code t=<seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>} as a receiver would. */
    static boolean signatureValid(LoggedRequest request, String secret) throws Exception {
        Map<String, String> parts = java.util.Arrays.stream(
                        request.getHeader("X-Gifticon-Signature").split(","))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p[1]));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of()
                .formatHex(mac.doFinal(
                        (parts.get("t") + "." + request.getBodyAsString()).getBytes(StandardCharsets.UTF_8)));
        long age = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(parts.get("t")));
        return expected.equals(parts.get("v1")) && age < 300;
    }

    @Override
    public void close() {
        server.stop();
    }
}
