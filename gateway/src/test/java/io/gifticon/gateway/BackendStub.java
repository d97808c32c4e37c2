package io.gifticon.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Stands in for the services behind the gateway: issuance and catalog are one WireMock echoing 200 (and serving
 * {@link #OPENAPI} at /q/openapi), and
 * {@code /api/v1/coupons/slow} answers after the gateway's (shortened) timeout; settlement is a port where nothing
 * listens.
 */
public class BackendStub implements QuarkusTestResourceLifecycleManager {
    /** What a service's /q/openapi looks like: a public path with the internal X-Client-Id header, and /q/health. */
    static final String OPENAPI = """
            {"openapi":"3.1.0","info":{"title":"issuance","version":"1"},
             "paths":{
               "/api/v1/coupons/{couponId}":{"get":{"operationId":"getCoupon","parameters":[
                 {"name":"couponId","in":"path","required":true,"schema":{"type":"string"}},
                 {"name":"X-Client-Id","in":"header","schema":{"type":"string"}}],
                 "responses":{"200":{"description":"the coupon","content":{"application/json":{
                   "schema":{"$ref":"#/components/schemas/CouponView"}}}}}}},
               "/q/health":{"get":{"responses":{"200":{"description":"up"}}}}},
             "components":{"schemas":{"CouponView":{"type":"object","properties":{"couponId":{"type":"string"}}}}}}
            """;
    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(any(urlPathMatching("/api/v1/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true}")));
        server.stubFor(any(urlPathMatching("/api/v1/coupons/slow")).willReturn(aResponse().withFixedDelay(3_000)
                .withStatus(200).withBody("{}")));
        server.stubFor(any(urlPathMatching("/q/openapi")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(OPENAPI)));
        return Map.of(
                "gateway.services.issuance", server.baseUrl(),
                "gateway.services.catalog", server.baseUrl(),
                "gateway.services.settlement", "http://127.0.0.1:" + closedPort(),
                "gateway.proxy.response-timeout", "1s");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
