package io.gifticon.issuance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Giftishow Biz as WireMock on a dynamic port, answering by goods code: {@link #GOODS_OK} issues (nested reply of
 * giftishow-biz-api.txt §8.5 with a PIN), {@link #GOODS_NO_MONEY} answers E0010, {@link #GOODS_SLOW} never answers
 * within the (shortened) send timeout.
 */
public class GiftishowStub implements QuarkusTestResourceLifecycleManager {
    public static final String GOODS_OK = "G00000280811";
    public static final String GOODS_NO_MONEY = "G00000000010";
    public static final String GOODS_SLOW = "G00000000015";
    public static final String PIN = "900343630367";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        // a fixed free port, so that a test can stop and restart the "provider" at the same address
        server = new WireMockServer(WireMockConfiguration.options().port(freePort()));
        server.start();
        server.stubFor(post(urlEqualTo("/bizApi/send"))
                .withRequestBody(containing("goods_code=" + GOODS_OK))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                        {"code":"0000","message":null,"result":{"code":"0000","message":null,
                         "result":{"orderNo":"20261122000001","pinNo":"%s"}}}""".formatted(PIN))));
        server.stubFor(post(urlEqualTo("/bizApi/send"))
                .withRequestBody(containing("goods_code=" + GOODS_NO_MONEY))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"E0010\",\"message\":\"비즈머니 잔액이 부족합니다\"}")));
        server.stubFor(post(urlEqualTo("/bizApi/send"))
                .withRequestBody(containing("goods_code=" + GOODS_SLOW))
                .willReturn(aResponse()
                        .withFixedDelay(5_000)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"code\":\"0000\",\"result\":{\"code\":\"0000\",\"result\":{\"orderNo\":\"1\"}}}")));
        // recipients 01099…: the provider refuses (injected failures of the batch tests)
        server.stubFor(post(urlEqualTo("/bizApi/send"))
                .atPriority(1)
                .withRequestBody(containing("phone_no=01099"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"ERR0999\",\"message\":\"쿠폰발송오류\"}")));
        // giftishow-biz-api.txt §7.5
        server.stubFor(post(urlEqualTo("/bizApi/resend"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"0000\",\"message\":null,\"result\":null}")));
        // giftishow-biz-api.txt §6.5
        server.stubFor(post(urlEqualTo("/bizApi/cancel"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"0000\",\"message\":\"정상처리 되었습니다.\"}")));
        return Map.of(
                "providers.giftishow.base-url", server.baseUrl() + "/bizApi",
                // the document's 15 s, shortened so that the lost-reply test is quick
                "io.gifticon.providers.giftishow.GiftishowClient/send/Timeout/value", "1500",
                // ms: the breaker half-opens quickly in tests
                "io.gifticon.providers.giftishow.GiftishowClient/send/CircuitBreaker/delay", "2000");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
