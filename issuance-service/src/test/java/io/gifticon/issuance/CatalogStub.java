package io.gifticon.issuance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * catalog-service's {@code GET /api/v1/products/{id}} as WireMock on a dynamic port: every product is on sale (a
 * generic one, or {@link #OK_NAME} for Giftishow's {@code G00000280811}), except {@link #SUSPENDED},
 * {@link #DISCONTINUED}, {@link #UNKNOWN} (404) and {@link #UNREACHABLE} (connection reset).
 */
public class CatalogStub implements QuarkusTestResourceLifecycleManager {
    public static final String OK_NAME = "스타벅스 카페 아메리카노 T";
    public static final long OK_PRICE = 4500;
    public static final long OK_COST = 4230;
    public static final String SUSPENDED = "G00000000001";
    public static final String DISCONTINUED = "GDISCONT0001";
    public static final String UNKNOWN = "GUNKNOWN0001";
    public static final String UNREACHABLE = "GCATDOWN0001";

    /** The stub's server, injected into test fields of this type. */
    public record Server(WireMockServer wireMock) {}

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(
                get(urlPathMatching("/api/v1/products/.*")).atPriority(10).willReturn(json("""
                {"productId":"any","provider":"giftishow","goodsCode":"any","name":"테스트 상품","brandName":"테스트",
                 "consumerPrice":5000,"costPrice":4600,"status":"ON_SALE"}""")));
        server.stubFor(
                get(urlPathMatching(path("G00000280811"))).willReturn(json("""
                {"productId":"giftishow:G00000280811","provider":"giftishow","goodsCode":"G00000280811",
                 "name":"%s","brandId":"B1","brandName":"스타벅스","category":"커피",
                 "consumerPrice":%d,"costPrice":%d,"discountRate":6.0,"status":"ON_SALE","validDays":30}""".formatted(OK_NAME, OK_PRICE, OK_COST))));
        server.stubFor(get(urlPathMatching(path(SUSPENDED))).willReturn(json("""
                {"productId":"giftishow:G00000000001","provider":"giftishow","name":"판매중지 상품","brandName":"테스트",
                 "consumerPrice":3000,"costPrice":2800,"status":"SUSPENDED"}""")));
        server.stubFor(get(urlPathMatching(path(DISCONTINUED))).willReturn(json("""
                {"productId":"giftishow:GDISCONT0001","provider":"giftishow","name":"단종 상품","brandName":"테스트",
                 "consumerPrice":3000,"costPrice":2800,"status":"DISCONTINUED"}""")));
        server.stubFor(get(urlPathMatching(path(UNKNOWN)))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"code\":\"PRODUCT_NOT_FOUND\",\"title\":\"Product not found\"}")));
        server.stubFor(get(urlPathMatching(path(UNREACHABLE)))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        return Map.of("issuance.catalog.url", server.baseUrl());
    }

    /** The path of a Giftishow product, whether or not the client encodes the colon. */
    static String path(String goodsCode) {
        return "/api/v1/products/giftishow(:|%3A)" + goodsCode;
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(new Server(server), new TestInjector.MatchesType(Server.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
