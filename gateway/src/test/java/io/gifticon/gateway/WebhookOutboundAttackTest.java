package io.gifticon.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 §2, webhook SSRF. Rules out a client making the gateway call inside our network: in-cluster names
 * (single-label, search-domain-completed, {@code .svc}, {@code .cluster.local}, {@code .internal}), loopback,
 * private, link-local (cloud metadata), CGNAT and other special addresses in every IPv4 notation and IPv6 form,
 * public-looking names that resolve inside, names that rebind between check and use (the connection goes to the
 * address that was checked, the name is resolved once per attempt), user info, redirects. In %test only 127.0.0.0/8
 * (the test receivers) is allowed; everything else applies as in production.
 */
@QuarkusTest
@WithTestResource(BackendStub.class)
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway_test"))
@WithTestResource(KafkaResource.class)
class WebhookOutboundAttackTest {
    @Inject
    Pool database;

    private final Receiver receiver = new Receiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    static List<String> urlsInsideOurNetwork() {
        FakeDns.answer("settlement-service.gifticon.svc.cluster.local", "10.96.0.10");
        FakeDns.answer("inside.hooks.example", "10.0.0.5");
        FakeDns.answer("metadata.hooks.example", "169.254.169.254");
        FakeDns.answer("cgnat.hooks.example", "100.64.0.9");
        FakeDns.answer("mixed.hooks.example", "127.0.0.1", "192.168.0.7");
        FakeDns.answer("v6-inside.hooks.example", "fd00::7");
        FakeDns.answer("mapped.hooks.example", "::ffff:10.0.0.1");
        return List.of(
                // in-cluster names: the attack of issue 12, and its relatives
                "http://settlement-service.gifticon:8080/api/v1/settlement/status-sweeps",
                "http://settlement-service:8080/api/v1/settlement/status-sweeps",
                "http://settlement-service.gifticon.svc:8080/",
                "http://settlement-service.gifticon.svc.cluster.local/",
                "http://kafka.svc.example.com/",
                "http://metadata.google.internal/computeMetadata/v1/",
                "http://localhost:8080/",
                "http://api.localhost/",
                "http://printer.local/",
                "http://router.lan/",
                "http://gateway.home.arpa/",
                // public-looking names that resolve inside
                "https://inside.hooks.example/hook",
                "http://metadata.hooks.example/latest/meta-data/",
                "http://cgnat.hooks.example/",
                "http://mixed.hooks.example/",
                "http://v6-inside.hooks.example/",
                "http://mapped.hooks.example/",
                // addresses in every notation
                "http://127.1/",
                "http://0x7f.1/",
                "http://0x7f000001/",
                "http://017700000001/",
                "http://2130706433/",
                "http://0177.0.0.1/",
                "http://127.000.000.001/",
                "http://10.0.0.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://0xa9fea9fe/",
                "http://100.64.0.1/",
                "http://172.16.0.1/",
                "http://192.168.1.1/",
                "http://0.0.0.0/",
                "http://224.0.0.1/",
                "http://255.255.255.255/",
                "http://[::1]/",
                "http://[::]/",
                "http://[::ffff:169.254.169.254]/",
                "http://[::ffff:a9fe:a9fe]/",
                "http://[::ffff:10.0.0.1]/",
                "http://[64:ff9b::a00:1]/",
                "http://[2002:a9fe:a9fe::1]/",
                "http://[fd00::1]/",
                "http://[fe80::1]/",
                "http://[fec0::1]/",
                "http://[ff02::1]/",
                "http://[fe80::1%25eth0]/",
                // syntax tricks
                "http://user:pass@hooks.example.com/",
                "http://hooks.example.com@10.0.0.1/",
                "http://hooks.example.com/#@10.0.0.1",
                "ftp://hooks.example.com/",
                "file:///etc/passwd",
                "//hooks.example.com/",
                "http:///hook",
                "http://1.2.3.4.5/",
                "http://hooks.example.123/",
                "http://hooks_example.com/",
                "gopher://hooks.example.com:70/");
    }

    @Test
    void shouldRefuseToRegisterAnyUrlInsideOurNetwork() {
        List<String> accepted = new ArrayList<>();
        String key = null;
        List<String> urls = urlsInsideOurNetwork();
        for (int i = 0; i < urls.size(); i++) {
            String url = urls.get(i);
            if (i % 15 == 0) {
                key = TestClients.newClient(database, "webhooks:manage").key(); // the webhooks route allows 20 at once
            }
            int status = given().header("X-Api-Key", key)
                    .contentType(ContentType.JSON)
                    .body(Map.of("url", url, "eventTypes", List.of("coupon.issued"), "secret", TestWebhooks.SECRET))
                    .post("/api/v1/webhooks")
                    .then()
                    .contentType("application/problem+json")
                    .extract()
                    .statusCode();
            if (status != 400) {
                accepted.add(url + " -> " + status);
            }
        }
        assertThat(accepted).isEmpty();
    }

    @Test
    void shouldConnectToTheCheckedAddressAndSendTheNameAsHost() {
        receiver.server.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));
        String name = "direct-" + UUID.randomUUID() + FakeDns.ZONE;
        // checked at registration, checked at delivery; a third look-up (the HTTP client resolving the name again)
        // would get an unroutable address and the delivery would fail
        FakeDns.rebind(name, "127.0.0.1", "127.0.0.1", "10.255.255.1");
        var client = TestClients.newClient(database, "webhooks:manage");
        TestWebhooks.register(client.key(), "http://" + name + ":" + receiver.server.port() + "/hook", "coupon.issued");
        var event = TestEvents.couponEvent(client.id(), "cpn-" + UUID.randomUUID(), "coupon.issued");

        TestEvents.publish(event);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !receiver.requestsFor(event.id()).isEmpty());
        assertThat(receiver.requestsFor(event.id()).get(0).getHeader("Host"))
                .isEqualTo(name + ":" + receiver.server.port());
        assertThat(FakeDns.queries(name)).isEqualTo(2);
    }

    @Test
    void shouldRefuseADeliveryWhoseNameNowResolvesInside() {
        receiver.server.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));
        String name = "rebinding-" + UUID.randomUUID() + FakeDns.ZONE;
        FakeDns.rebind(name, "127.0.0.1", "169.254.169.254");
        var client = TestClients.newClient(database, "webhooks:manage");
        String webhookId = TestWebhooks.register(
                client.key(), "http://" + name + ":" + receiver.server.port() + "/hook", "coupon.issued");
        var event = TestEvents.couponEvent(client.id(), "cpn-" + UUID.randomUUID(), "coupon.issued");

        TestEvents.publish(event);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().header("X-Api-Key", client.key())
                        .get("/api/v1/webhooks/" + webhookId + "/deliveries")
                        .then()
                        .statusCode(200)
                        .body("[0].attemptLog[0].error", org.hamcrest.Matchers.containsString("169.254.169.254")));
        assertThat(receiver.requestsFor(event.id())).isEmpty();
    }

    @Test
    void shouldNotFollowARedirectIntoOurNetwork() {
        receiver.server.stubFor(post("/hook")
                .willReturn(aResponse()
                        .withStatus(307)
                        .withHeader("Location", "http://10.0.0.1/api/v1/settlement/status-sweeps")));
        var client = TestClients.newClient(database, "webhooks:manage");
        String webhookId = TestWebhooks.register(client.key(), receiver.url(), "coupon.issued");
        var event = TestEvents.couponEvent(client.id(), "cpn-" + UUID.randomUUID(), "coupon.issued");

        TestEvents.publish(event);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().header("X-Api-Key", client.key())
                        .get("/api/v1/webhooks/" + webhookId + "/deliveries")
                        .then()
                        .statusCode(200)
                        .body("[0].attemptLog[0].statusCode", org.hamcrest.Matchers.equalTo(307))
                        .body("[0].status", org.hamcrest.Matchers.equalTo("PENDING")));
    }

    @Test
    void shouldLimitRedeliveriesPerClient() {
        receiver.server.stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
        var client = TestClients.newClient(database, "webhooks:manage");
        String webhookId = TestWebhooks.register(client.key(), receiver.url(), "coupon.cancelled");
        int status = 0;
        for (int i = 0; i < 10 && status != 429; i++) {
            status = given().header("X-Api-Key", client.key())
                    .post("/api/v1/webhooks/" + webhookId + "/deliveries/" + UUID.randomUUID() + "/redeliver")
                    .statusCode();
        }
        assertThat(status).isEqualTo(429);
    }
}
