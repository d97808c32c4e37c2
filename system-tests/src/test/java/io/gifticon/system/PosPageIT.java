package io.gifticon.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.gifticon.testsupport.HeadlessChromium;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The gateway's POS page in a real headless Chromium, with the provider sandbox's PBT popup in its iframe, as a
 * cashier uses it: a point redemption and a coupon use (scanned barcode, item list) are approved in the popup,
 * confirmed after payment, the coupon use is refunded (cancel), and settlement, read through the gateway, holds
 * them with their amounts; a popup cancelled by the customer shows the popup's message to the cashier.
 */
@ExtendWith(Platform.Shared.class)
class PosPageIT {
    private static Platform platform;
    private static HeadlessChromium.Session browser;
    private static ChromeDriver driver;

    @BeforeAll
    static void openBrowser(Platform started) {
        platform = started;
        browser = HeadlessChromium.start();
        driver = browser.driver();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void shouldRecordRedemptionAndCouponUseAndNetACancelledCouponToZeroInSettlement() {
        // other system tests record POS transactions today too: what this flow adds is compared
        JsonPath before = dailyPos();
        openPosPage();

        // 1. point redemption: 3,000 P of the demo member's 12,000 on a 7,000 won sale, then paid and confirmed
        startTransaction("POINT_REDEEM");
        inPopup(() -> {
            awaitPopupOpen();
            driver.findElement(By.id("member-input")).sendKeys("01012345678");
            driver.findElement(By.id("lookup-button")).click();
            WebElement amount = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("redeem-amount")));
            amount.clear();
            amount.sendKeys("3000");
            clickOk();
            return null;
        });
        String redemption = awaitRelayed("RECORDED").getString("transactionId");
        assertThat(text("transaction-id")).isEqualTo(redemption);
        driver.findElement(By.id("confirm")).click();
        JsonPath confirmedRedemption = awaitRelayed("CONFIRMED");
        assertThat(confirmedRedemption.getString("transactionId")).isEqualTo(redemption);
        assertThat(confirmedRedemption.getString("supportMode")).isEqualTo("POINT_REDEEM");
        assertThat(confirmedRedemption.getLong("pointsRedeemed")).isEqualTo(3000);

        // 2. coupon use: the order's item list goes with the connection, the coupon is scanned at the POS
        startTransaction("COUPON");
        inPopup(() -> {
            awaitPopupOpen();
            return null;
        });
        WebElement barcode = driver.findElement(By.id("barcode"));
        barcode.sendKeys("9123456789012345\n"); // a scanner types the code and Enter
        inPopup(() -> {
            waitFor().until(ExpectedConditions.attributeToBe(By.id("member-input"), "value", "9123456789012345"));
            waitFor()
                    .until(ExpectedConditions.elementSelectionStateToBe(
                            By.cssSelector("#coupon-list input[type=radio]"), true));
            clickOk();
            return null;
        });
        JsonPath recordedCoupon = awaitRelayed("RECORDED");
        String couponUse = recordedCoupon.getString("transactionId");
        assertThat(couponUse).isNotEqualTo(redemption);
        assertThat(recordedCoupon.getString("supportMode")).isEqualTo("COUPON");
        long discount = recordedCoupon.getLong("couponDiscount");
        assertThat(discount).isPositive();
        driver.findElement(By.id("confirm")).click();
        assertThat(awaitRelayed("CONFIRMED").getString("transactionId")).isEqualTo(couponUse);

        // 3. refund of the coupon use: cancel to the popup, then to settlement
        assertThat(driver.findElement(By.id("refund-id")).getAttribute("value")).isEqualTo(couponUse);
        driver.findElement(By.id("cancel")).click();
        JsonPath cancelled = awaitRelayed("CANCELLED");
        assertThat(cancelled.getString("transactionId")).isEqualTo(couponUse);
        assertThat(cancelled.getLong("couponDiscount")).isEqualTo(discount);
        assertThat(text("pos-error")).isEmpty();

        // settlement, through the gateway: both recorded, the cancelled coupon use counts for nothing
        JsonPath pos = dailyPos();
        assertThat(pos.getLong("recorded") - before.getLong("recorded")).isEqualTo(2);
        assertThat(pos.getLong("confirmed") - before.getLong("confirmed")).isEqualTo(1);
        assertThat(pos.getLong("cancelled") - before.getLong("cancelled")).isEqualTo(1);
        assertThat(pos.getLong("pointsRedeemed") - before.getLong("pointsRedeemed"))
                .isEqualTo(3000);
        assertThat(pos.getLong("couponDiscount") - before.getLong("couponDiscount"))
                .isZero();
    }

    /** Today's POS totals in settlement's daily report, through the gateway. */
    private static JsonPath dailyPos() {
        return given().baseUri(platform.gateway.url())
                .header("X-Api-Key", Platform.POS_KEY)
                .queryParam("date", LocalDate.now(ZoneId.of("Asia/Seoul")).toString())
                .get("/api/v1/settlement/reports/daily")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .setRootPath("pos");
    }

    @Test
    void shouldShowThePopupsMessageToTheCashierWhenTheCustomerCancels() {
        openPosPage();
        startTransaction("POINT_EARN");
        String popupMessage = inPopup(() -> {
            awaitPopupOpen();
            driver.findElement(By.id("cancel-button")).click();
            return waitFor()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("error-user-message")))
                    .getText();
        });

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("pos-error")));
        assertThat(popupMessage).isNotBlank();
        assertThat(text("pos-error")).isEqualTo(popupMessage);
        assertThat(text("transaction-state")).isEqualTo("FAILED");
        assertThat(driver.findElement(By.id("confirm")).isEnabled()).isFalse();
    }

    private static void openPosPage() {
        driver.get(platform.gateway.url() + "/pos/");
        WebElement key = driver.findElement(By.id("api-key"));
        key.clear();
        key.sendKeys(Platform.POS_KEY);
        driver.findElement(By.id("save-key")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("config-status"), "연결됨"));
        inPopup(() -> waitFor().until(ExpectedConditions.attributeToBe(By.id("popup"), "data-state", "idle")));
    }

    private static void startTransaction(String mode) {
        new Select(driver.findElement(By.id("mode"))).selectByValue(mode);
        driver.findElement(By.id("start")).click();
    }

    private static void awaitPopupOpen() {
        waitFor().until(ExpectedConditions.attributeToBe(By.id("popup"), "data-state", "open"));
    }

    private static void clickOk() {
        waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.id("ok-button")))
                .click();
    }

    /** Runs in the popup's frame, then returns to the POS page. */
    private static <T> T inPopup(Supplier<T> action) {
        driver.switchTo().frame("popup-frame");
        try {
            return action.get();
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    /** The settlement view the page shows after relaying a result of its current transaction with that status. */
    private static JsonPath awaitRelayed(String status) {
        return waitFor().until(d -> {
            String shown = d.findElement(By.id("last-settlement")).getText();
            if (shown.isBlank()) {
                return null;
            }
            JsonPath view = JsonPath.from(shown);
            return status.equals(view.getString("status"))
                            && text("transaction-id").equals(view.getString("transactionId"))
                    ? view
                    : null;
        });
    }

    private static String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private static WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.withMessage(() -> "POS page: error=" + safeText("pos-error") + " status=" + safeText("pos-status")
                + "\nbrowser console:\n" + browser.consoleLog());
        return wait;
    }

    private static String safeText(String id) {
        try {
            return ((WebDriver) driver).findElement(By.id(id)).getText();
        } catch (RuntimeException e) {
            return "(not on this frame)";
        }
    }
}
