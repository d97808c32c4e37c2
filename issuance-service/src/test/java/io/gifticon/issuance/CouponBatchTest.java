package io.gifticon.issuance;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.gifticon.issuance.CouponRequests.CLIENT;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.web.AesGcmCipher;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "issuance_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(GiftishowStub.class)
@WithTestResource(CatalogStub.class)
class CouponBatchTest {

    WireMockServer giftishow;

    @Inject
    Pool database;

    @Inject
    AesGcmCipher cipher;

    @Test
    void shouldIssueEveryRecipientOnceWithInjectedFailuresAccountedFor() {
        String title = "B" + UUID.randomUUID().toString().substring(0, 8);
        // every 20th recipient (5 %) is one the provider refuses
        List<String> phones = IntStream.range(0, 1000)
                .mapToObj(i -> (i % 20 == 0 ? "01099" : "01012") + String.format("%06d", i))
                .toList();

        String batchId = createBatch(UUID.randomUUID().toString(), title, phones)
                .statusCode(202)
                .body("total", equalTo(1000))
                .extract()
                .path("batchId");

        JsonPath done = await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> batch(batchId), b -> "COMPLETED".equals(b.getString("status")));
        assertThat(done.getLong("counts.ISSUED")).isEqualTo(950);
        assertThat(done.getLong("counts.FAILED")).isEqualTo(50);
        List<String> couponIds = done.getList("items.couponId");
        assertThat(couponIds).hasSize(1000).doesNotContainNull();
        assertThat(new HashSet<>(couponIds)).hasSize(1000);
        assertThat(giftishow.findAll(
                        postRequestedFor(urlEqualTo("/bizApi/send")).withRequestBody(containing("mms_title=" + title))))
                .hasSize(1000);
    }

    @Test
    void shouldFinishBatchLeftMidSendByStoppedInstanceWithoutIssuingTwice() {
        UUID batchId = UUID.randomUUID();
        String title = "R" + UUID.randomUUID().toString().substring(0, 8);
        // the stopped instance had issued item 0 but not yet recorded its coupon on the item
        String trId = given().contentType(ContentType.JSON)
                .header("X-Client-Id", CLIENT)
                .header("Idempotency-Key", "batch:" + batchId + ":0")
                .body(singleCoupon("01012000000", title))
                .post("/api/v1/coupons")
                .then()
                .statusCode(201)
                .extract()
                .path("providerTransactionId");
        insertLeftoverBatch(batchId, title, List.of("01012000000", "01012000001", "01012000002"));

        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> batch(batchId.toString()), b -> "COMPLETED".equals(b.getString("status")));
        assertThat(batch(batchId.toString()).getLong("counts.ISSUED")).isEqualTo(3);
        assertThat(giftishow.findAll(
                        postRequestedFor(urlEqualTo("/bizApi/send")).withRequestBody(containing("tr_id=" + trId))))
                .hasSize(1);
        assertThat(giftishow.findAll(
                        postRequestedFor(urlEqualTo("/bizApi/send")).withRequestBody(containing("mms_title=" + title))))
                .hasSize(3);
    }

    @Test
    void shouldReturnSameBatchForSameKeyAndBody() {
        String key = UUID.randomUUID().toString();
        List<String> phones = List.of("01012345670", "01012345671");
        String first =
                createBatch(key, "Same", phones).statusCode(202).extract().path("batchId");

        createBatch(key, "Same", phones).statusCode(202).body("batchId", equalTo(first));
        createBatch(key, "Other", phones).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void shouldRejectBatchListingBadRecipientsBeforeSendingAnything() {
        createBatch(UUID.randomUUID().toString(), "Bad", List.of("01012345678", "010-1234", "x"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("recipients[1].phone", "recipients[2].phone"));
    }

    @Test
    void shouldRejectTitleThatProviderWouldRefuse() {
        createBatch(UUID.randomUUID().toString(), "Eleven chars", List.of("01012345678"))
                .statusCode(400)
                .body("code", equalTo("INVALID_REQUEST"));
    }

    private JsonPath batch(String batchId) {
        return given().header("X-Client-Id", CLIENT)
                .get("/api/v1/coupon-batches/" + batchId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static io.restassured.response.ValidatableResponse createBatch(
            String key, String title, List<String> phones) {
        String recipients =
                phones.stream().map(p -> "{\"phone\":\"" + p + "\"}").collect(Collectors.joining(","));
        return given().contentType(ContentType.JSON)
                .header("X-Client-Id", CLIENT)
                .header("Idempotency-Key", key)
                .body("""
                        {"productId":"giftishow:%s","delivery":"PIN","title":"%s","message":"Thanks",
                         "senderPhone":"0212345678","recipients":[%s]}""".formatted(GiftishowStub.GOODS_OK, title, recipients))
                .post("/api/v1/coupon-batches")
                .then();
    }

    private static String singleCoupon(String phone, String title) {
        return """
                {"productId":"giftishow:%s","recipientPhone":"%s","delivery":"PIN","title":"%s",
                 "message":"Thanks","senderPhone":"0212345678"}""".formatted(GiftishowStub.GOODS_OK, phone, title);
    }

    private void insertLeftoverBatch(UUID batchId, String title, List<String> phones) {
        OffsetDateTime now = OffsetDateTime.now();
        database.preparedQuery("""
                insert into coupon_batch (id, client_id, idempotency_key, request_hash, product_id, delivery, title,
                                          message, sender_phone, total, created_at)
                values ($1, $2, $3, repeat('0', 64), $4, 'PIN', $5, 'Thanks', '0212345678', $6, $7)""")
                .execute(Tuple.tuple(List.of(
                        batchId,
                        CLIENT,
                        "leftover-" + batchId,
                        "giftishow:" + GiftishowStub.GOODS_OK,
                        title,
                        phones.size(),
                        now)))
                .await()
                .indefinitely();
        for (int seq = 0; seq < phones.size(); seq++) {
            // leases of the stopped instance, already run out
            database.preparedQuery("""
                    insert into coupon_batch_item (batch_id, seq, recipient_phone_encrypted, recipient_phone_masked,
                                                   lease_until)
                    values ($1, $2, $3, '010****0000', $4)""")
                    .execute(Tuple.of(
                            batchId, seq, cipher.encrypt(phones.get(seq), batchId + ":" + seq), now.minusMinutes(1)))
                    .await()
                    .indefinitely();
        }
    }
}
