package io.gifticon.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Stands in for the world around the gateway: issuance and catalog are one WireMock echoing 200 (and serving
 * {@link #OPENAPI} at /q/openapi), and {@code /api/v1/coupons/slow} answers after the gateway's (shortened) timeout;
 * settlement ({@link SettlementStub}) serves its pages under {@code /ui/settlement/}, answers 200 on
 * {@code /api/v1/pos/**} and {@code /api/v1/settlement/status-sweeps} (so that a request that should never get there
 * would be seen), and drops every other connection (a service that is down); {@link FakeDns} is the DNS the gateway
 * asks for webhook hosts.
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
    private WireMockServer settlement;
    private FakeDns dns;

    /** The settlement service's stand-in, injected into fields of this type. */
    public record SettlementStub(WireMockServer server) {}

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(any(urlPathMatching("/api/v1/.*"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":true}")));
        server.stubFor(any(urlPathMatching("/api/v1/coupons/slow"))
                .willReturn(aResponse().withFixedDelay(6_000).withStatus(200).withBody("{}")));
        server.stubFor(any(urlPathMatching("/q/openapi"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(OPENAPI)));
        settlement = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        settlement.start();
        settlement.stubFor(
                any(urlPathMatching(".*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        settlement.stubFor(get(urlPathMatching("/ui/settlement/.*"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html; charset=UTF-8")
                        .withBody("<html>charts</html>")));
        settlement.stubFor(any(urlPathMatching("/api/v1/pos/.*"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"pos\":true}")));
        settlement.stubFor(any(urlPathMatching("/api/v1/settlement/status-sweeps"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"sweep\":true}")));
        dns = new FakeDns();
        return Map.of(
                "gateway.services.issuance", server.baseUrl(),
                "gateway.services.catalog", server.baseUrl(),
                "gateway.services.settlement", settlement.baseUrl(),
                "gateway.proxy.response-timeout", "2s",
                "gateway.webhooks.dns-server", "127.0.0.1:" + dns.port());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
        injector.injectIntoFields(new SettlementStub(settlement), new TestInjector.MatchesType(SettlementStub.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
        if (settlement != null) {
            settlement.stop();
        }
        if (dns != null) {
            dns.close();
        }
    }
}
