package io.gifticon.settlement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.settlement.support.SettlementTestResources;
import io.gifticon.testsupport.HeadlessChromium;
import io.gifticon.testsupport.KafkaResource;
import io.gifticon.testsupport.PostgresResource;
import io.gifticon.testsupport.SigningProxy;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

@QuarkusTest
@WithTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "settlement_test"))
@WithTestResource(KafkaResource.class)
@WithTestResource(SettlementTestResources.class)
class ChartsPageTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TestHTTPResource("/")
    URL service;

    @ConfigProperty(name = "gifticon.internal-auth.secret")
    String internalSecret;

    @Inject
    Pool database;

    @Test
    void shouldDrawTheLastThirtyDaysOfCostRedemptionsAndDriftInARealBrowser() {
        // days no other test writes to (they use today or 2025), inside the page's 30 days
        LocalDate costDay = LocalDate.now(SEOUL).minusDays(12);
        LocalDate redemptionDay = LocalDate.now(SEOUL).minusDays(11);
        entry("giftishow", -4_230, costDay);
        entry("giftishow", -4_230, costDay);
        entry("giftletter", -9_600, costDay);
        redeemedCoupon("giftletter", redemptionDay);
        redeemedCoupon("giftletter", redemptionDay);
        redeemedCoupon("giftishow", redemptionDay);
        String driftId = reconciliation("giftishow", -777, costDay);

        try (SigningProxy gateway = SigningProxy.start(URI.create(service.toString()), internalSecret);
                HeadlessChromium.Session browser = HeadlessChromium.start()) {
            var driver = browser.driver();
            driver.get(gateway.url("/ui/settlement/"));
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d ->
                            !"loading".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
            assertThat(driver.findElement(By.tagName("body")).getAttribute("data-state"))
                    .as(
                            "page state; status: %s; console: %s",
                            driver.findElement(By.id("status")).getText(), browser.consoleLog())
                    .isEqualTo("ready");

            WebElement giftishowCost =
                    bar(driver, "#cost-chart rect.cost[data-provider='giftishow'][data-date='" + costDay + "']");
            assertThat(giftishowCost.getAttribute("data-value")).isEqualTo("8460");
            assertThat(giftishowCost.findElement(By.tagName("title")).getAttribute("textContent"))
                    .isEqualTo("giftishow " + costDay + ": 8,460 won");
            assertThat(bar(driver, "#cost-chart rect.cost[data-provider='giftletter'][data-date='" + costDay + "']")
                            .getAttribute("data-value"))
                    .isEqualTo("9600");
            assertThat(Double.parseDouble(giftishowCost.getAttribute("height"))).isPositive();
            assertThat(driver.findElements(By.cssSelector("#legend [data-provider]")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .contains("giftishow", "giftletter");

            assertThat(bar(
                                    driver,
                                    "#redemptions-chart rect.redemptions[data-provider='giftletter'][data-date='"
                                            + redemptionDay + "']")
                            .getAttribute("data-value"))
                    .isEqualTo("2");
            assertThat(driver.findElement(
                                    By.cssSelector("#redemptions-chart text.total[data-date='" + redemptionDay + "']"))
                            .getText())
                    .isEqualTo("3");

            WebElement drift = bar(driver, "#drift-chart rect.drift[data-id='" + driftId + "']");
            assertThat(drift.getAttribute("data-value")).isEqualTo("-777");
            assertThat(drift.findElement(By.tagName("title")).getAttribute("textContent"))
                    .contains("giftishow", "drift -777 won");

            List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(Object::toString)
                    .toList();
            assertThat(severe).isEmpty();
        }
    }

    @Test
    void shouldSendTheKeyTypedOnThePageAsXApiKey() {
        try (SigningProxy gateway = SigningProxy.start(URI.create(service.toString()), internalSecret);
                HeadlessChromium.Session browser = HeadlessChromium.start()) {
            var driver = browser.driver();
            driver.get(gateway.url("/ui/settlement/"));
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
            driver.findElement(By.id("api-key")).sendKeys("key-123");
            driver.findElement(By.id("load-button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
            assertThat(driver.executeScript("return sessionStorage.getItem('settlement.apiKey')"))
                    .isEqualTo("key-123");
            // the page's own fetch carries the header: ask the browser to replay what the page sends
            Object sent = driver.executeAsyncScript("var done = arguments[0];"
                    + "var original = window.fetch; window.fetch = function (url, options) {"
                    + "  done(options && options.headers ? options.headers['X-Api-Key'] : null);"
                    + "  return original(url, options); };"
                    + "document.getElementById('load-button').click();");
            assertThat(sent).isEqualTo("key-123");
        }
    }

    @Test
    void shouldAnswerProblemsForABadRange() {
        given().queryParam("from", "2026-02-30")
                .get("/api/v1/settlement/reports/series")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("from", "2026-11-10")
                .queryParam("to", "2026-11-01")
                .get("/api/v1/settlement/reports/series")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("from", "2025-01-01")
                .queryParam("to", "2026-01-01")
                .get("/api/v1/settlement/reports/series")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("from", "2025-03-01")
                .queryParam("to", "2025-03-03")
                .get("/api/v1/settlement/reports/series")
                .then()
                .statusCode(200)
                .body("days.size()", org.hamcrest.Matchers.equalTo(3));
    }

    private static WebElement bar(org.openqa.selenium.WebDriver driver, String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        assertThat(found).as(css).hasSize(1);
        return found.get(0);
    }

    private static OffsetDateTime noon(LocalDate day) {
        return day.atTime(12, 0).atZone(SEOUL).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private void entry(String provider, long amount, LocalDate day) {
        // recorded_at in the past too: reconciliations count entries recorded since their last snapshot
        database.preparedQuery("insert into ledger_entry (event_id, coupon_id, provider, entry_type, amount, "
                        + "occurred_at, recorded_at) values ($1, $2, $3, 'ISSUE', $4, $5, $5)")
                .execute(Tuple.of(
                        UUID.randomUUID().toString(), UUID.randomUUID().toString(), provider, amount, noon(day)))
                .await()
                .atMost(Duration.ofSeconds(10));
    }

    private void redeemedCoupon(String provider, LocalDate day) {
        database.preparedQuery("insert into ledger_coupon (coupon_id, provider, status, issued_at, redeemed_at) "
                        + "values ($1, $2, 'REDEEMED', $3, $3)")
                .execute(Tuple.of(UUID.randomUUID().toString(), provider, noon(day)))
                .await()
                .atMost(Duration.ofSeconds(10));
    }

    private String reconciliation(String provider, long drift, LocalDate day) {
        UUID id = UUID.randomUUID();
        database.preparedQuery("insert into reconciliation (id, provider, status, observed, expected, drift, "
                        + "requested_at, completed_at) values ($1, $2, 'DISCREPANCY', $3, $4, $5, $6, $6)")
                .execute(Tuple.of(id, provider, 1_000_000L + drift, 1_000_000L, drift, noon(day)))
                .await()
                .atMost(Duration.ofSeconds(10));
        return id.toString();
    }
}
