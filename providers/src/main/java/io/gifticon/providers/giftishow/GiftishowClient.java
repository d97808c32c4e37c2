package io.gifticon.providers.giftishow;

import com.fasterxml.jackson.databind.JsonNode;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.HttpFailures;
import io.gifticon.providers.LenientJson;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderOutageException;
import io.gifticon.providers.ProviderUnavailableException;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Giftishow Biz operations as our types, with the fault tolerance the document asks for. Every value of the
 * annotations can be changed by configuration (milliseconds), e.g.
 * {@code io.gifticon.providers.giftishow.GiftishowClient/send/Timeout/value=15000}; the breakers' thresholds are
 * only in configuration ({@code META-INF/microprofile-config.properties} of this library, table in the README).
 * Breakers count {@link ProviderOutageException} only: a lost reply is not an outage.
 */
@ApplicationScoped
public class GiftishowClient {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private final GiftishowApi api;
    private final GiftishowConfig config;
    private final Clock clock;
    private final Duration cancelAttemptTimeout;

    public GiftishowClient(GiftishowConfig config) {
        this.config = config;
        this.clock = Clock.systemUTC();
        // the same knob as the @Timeout of cancel (MicroProfile Fault Tolerance configuration key)
        this.cancelAttemptTimeout = Duration.ofMillis(ConfigProvider.getConfig()
                .getOptionalValue(GiftishowClient.class.getName() + "/cancel/Timeout/value", Long.class)
                .orElse(15_000L));
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.baseUrl()))
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(GiftishowApi.class);
    }

    /**
     * 0204 send. Never retried: a repeated send is a second coupon. giftishow-biz-api.txt §8: "응답결과를 받지 못하는
     * 경우(타임아웃 15초), 동일 TR_ID로 '쿠폰취소요청'을 보내주셔야 합니다" — a {@link TimeoutException} here means the
     * coupon may exist and the caller must cancel it with the same tr_id.
     */
    @Timeout(15_000)
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("giftishow-send")
    public Uni<GiftishowSendResult> send(GiftishowSendRequest request) {
        return Uni.createFrom().deferred(() -> {
            request.validate(clock.instant());
            MultivaluedMap<String, String> form = form("0204");
            form.add("goods_code", request.goodsCode());
            form.add("mms_msg", request.mmsMsg());
            form.add("mms_title", request.mmsTitle());
            form.add("callback_no", request.callbackNo());
            form.add("phone_no", request.phoneNo());
            form.add("tr_id", request.trId());
            form.add("user_id", config.userId());
            form.add("gubun", request.delivery().gubun());
            if (request.orderNo() != null) {
                form.add("order_no", request.orderNo());
            }
            if (request.scheduledAt() != null) {
                var local = request.scheduledAt().atZone(SEOUL);
                form.add("rev_info_yn", "Y");
                form.add("rev_info_date", DATE.format(local));
                form.add("rev_info_time", TIME.format(local));
            }
            return call(api.send(form), reply -> {
                GiftishowReplies.requireSuccess(reply);
                // §8.5: the outcome is nested; both codes must be 0000
                JsonNode outer = reply.path("result");
                GiftishowReplies.requireSuccess(outer);
                JsonNode inner = outer.path("result");
                return new GiftishowSendResult(
                        GiftishowReplies.text(inner, "orderNo"),
                        GiftishowReplies.text(inner, "pinNo"),
                        GiftishowReplies.text(inner, "couponImgUrl"));
            });
        });
    }

    /**
     * 0202 cancel. Safe to retry: a repeat after a lost reply answers "already cancelled", which is success here.
     * giftishow-biz-api.txt §6 (권고): one cancel at a time, waiting for each reply — hence the bulkhead of one.
     */
    @Timeout(15_000)
    @Retry(
            maxRetries = 3,
            delay = 500,
            jitter = 200,
            retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @Bulkhead(value = 1, waitingTaskQueue = 1000)
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("giftishow-cancel")
    public Uni<GiftishowCancelResult> cancel(String trId) {
        return Uni.createFrom().deferred(() -> {
            requireNoProblems(trIdProblems(trId));
            MultivaluedMap<String, String> form = form("0202");
            form.add("tr_id", trId);
            form.add("user_id", config.userId());
            // the attempt gives up (and cancels its HTTP exchange) by itself, so that the bulkhead's single permit is
            // released at once instead of being held by an abandoned exchange while the retries queue behind it
            Uni<String> attempt = api.cancel(form)
                    .ifNoItem()
                    .after(cancelAttemptTimeout)
                    .failWith(() -> new TimeoutException("giftishow cancel: no reply in " + cancelAttemptTimeout));
            return call(attempt, reply -> {
                try {
                    GiftishowReplies.requireSuccess(reply);
                    return GiftishowCancelResult.CANCELLED;
                } catch (ProviderException e) {
                    if (e.error().code() == ErrorCode.ALREADY_CANCELLED) {
                        return GiftishowCancelResult.ALREADY_CANCELLED;
                    }
                    throw e;
                }
            });
        });
    }

    /** 0201 coupon detail by tr_id; a look-up, so retried. */
    @Timeout(10_000)
    @Retry(
            maxRetries = 2,
            delay = 300,
            retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("giftishow-coupons")
    public Uni<GiftishowCouponStatus> couponStatus(String trId) {
        return Uni.createFrom().deferred(() -> {
            requireNoProblems(trIdProblems(trId));
            MultivaluedMap<String, String> form = form("0201");
            form.add("tr_id", trId);
            return call(api.coupons(form), reply -> {
                GiftishowReplies.requireSuccess(reply);
                // §5.5: result is a list whose first element carries resCode and couponInfoList
                JsonNode first = reply.path("result").path(0);
                if (first.has("resCode")) {
                    GiftishowReplies.requireSuccess(renameCode(first));
                }
                JsonNode info = first.path("couponInfoList").path(0);
                if (info.isMissingNode()) {
                    throw new ProviderException(new ProviderError(
                            ErrorCode.NOT_FOUND, GiftishowCodes.PROVIDER, null, "no coupon for tr_id " + trId));
                }
                return new GiftishowCouponStatus(
                        GiftishowReplies.text(info, "pinStatusCd"),
                        GiftishowReplies.text(info, "pinStatusNm"),
                        GiftishowReplies.text(info, "goodsCd"),
                        GiftishowReplies.text(info, "validPrdEndDt"));
            });
        });
    }

    /** 0301 bizmoney balance in won; a look-up, so retried. */
    @Timeout(10_000)
    @Retry(
            maxRetries = 2,
            delay = 300,
            retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @CircuitBreakerName("giftishow-bizmoney")
    @CircuitBreaker(failOn = ProviderOutageException.class)
    public Uni<Long> bizmoney() {
        return Uni.createFrom().deferred(() -> {
            MultivaluedMap<String, String> form = form("0301");
            form.add("user_id", config.userId());
            return call(api.bizmoney(form), reply -> {
                GiftishowReplies.requireSuccess(reply);
                String balance = GiftishowReplies.text(reply, "balance");
                try {
                    return Long.parseLong(balance.trim());
                } catch (RuntimeException e) {
                    throw new ProviderException(
                            new ProviderError(
                                    ErrorCode.PROVIDER_ERROR, GiftishowCodes.PROVIDER, null, "unreadable balance"),
                            e);
                }
            });
        });
    }

    /**
     * 0101 goods list, one page. giftishow-biz-api.txt §1 (권장): meant for a night-time batch that stores the whole
     * list; a look-up, so retried.
     *
     * @param start page number, from 1
     * @param size  page size, 1–{@value #MAX_PAGE_SIZE}
     */
    @Timeout(10_000)
    @Retry(
            maxRetries = 2,
            delay = 300,
            retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("giftishow-goods")
    public Uni<GiftishowGoodsPage> goods(int start, int size) {
        return Uni.createFrom().deferred(() -> {
            List<String> problems = new ArrayList<>();
            if (start < 1) {
                problems.add("start must be 1 or more");
            }
            if (size < 1 || size > MAX_PAGE_SIZE) {
                problems.add("size must be 1-" + MAX_PAGE_SIZE);
            }
            requireNoProblems(problems);
            MultivaluedMap<String, String> form = form("0101");
            form.add("start", String.valueOf(start));
            form.add("size", String.valueOf(size));
            return call(api.goods(form), reply -> {
                GiftishowReplies.requireSuccess(reply);
                JsonNode result = reply.path("result");
                List<GiftishowGoods> items = new ArrayList<>();
                result.path("goodsList").forEach(item -> items.add(GiftishowGoods.from(item)));
                Long total = LenientJson.number(result, "listNum");
                return new GiftishowGoodsPage(start, size, total == null ? items.size() : total, items);
            });
        });
    }

    /** 0111 goods detail; a look-up, so retried. */
    @Timeout(10_000)
    @Retry(
            maxRetries = 2,
            delay = 300,
            retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("giftishow-goods-detail")
    public Uni<GiftishowGoodsDetail> goodsDetail(String goodsCode) {
        return Uni.createFrom().deferred(() -> {
            requireNoProblems(pathSegment("goods_code", goodsCode));
            return call(api.goodsDetail(goodsCode, form("0111")), reply -> {
                GiftishowReplies.requireSuccess(reply);
                JsonNode detail = reply.path("result").path("goodsDetail");
                if (!detail.isObject()) {
                    throw new ProviderException(new ProviderError(
                            ErrorCode.PRODUCT_UNAVAILABLE,
                            GiftishowCodes.PROVIDER,
                            null,
                            "no goodsDetail for " + goodsCode));
                }
                return GiftishowGoodsDetail.from(detail);
            });
        });
    }

    /** 0102 brand list (not paged by the provider); a look-up, so retried. */
    @Timeout(10_000)
    @Retry(
            maxRetries = 2,
            delay = 300,
            retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("giftishow-brands")
    public Uni<GiftishowBrandList> brands() {
        return Uni.createFrom()
                .deferred(() -> call(api.brands(form("0102")), reply -> {
                    GiftishowReplies.requireSuccess(reply);
                    JsonNode result = reply.path("result");
                    List<GiftishowBrand> brands = new ArrayList<>();
                    result.path("brandList").forEach(item -> brands.add(GiftishowBrand.from(item)));
                    Long total = LenientJson.number(result, "listNum");
                    return new GiftishowBrandList(total == null ? brands.size() : total, brands);
                }));
    }

    /** 0112 brand detail; a look-up, so retried. */
    @Timeout(10_000)
    @Retry(
            maxRetries = 2,
            delay = 300,
            retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("giftishow-brand-detail")
    public Uni<GiftishowBrand> brandDetail(String brandCode) {
        return Uni.createFrom().deferred(() -> {
            requireNoProblems(pathSegment("brand_code", brandCode));
            return call(api.brandDetail(brandCode, form("0112")), reply -> {
                GiftishowReplies.requireSuccess(reply);
                JsonNode detail = reply.path("result").path("brandDetail");
                if (!detail.isObject()) {
                    throw new ProviderException(new ProviderError(
                            ErrorCode.NOT_FOUND, GiftishowCodes.PROVIDER, null, "no brandDetail for " + brandCode));
                }
                return GiftishowBrand.from(detail);
            });
        });
    }

    /**
     * 0203 resend the coupon MMS ({@code sms = false}) or SMS. Not retried: each call sends a message to the
     * recipient, and giftishow-biz-api.txt §7 allows resends only on the customer's request ("일괄 전송 불가").
     */
    @Timeout(15_000)
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("giftishow-resend")
    public Uni<Void> resend(String trId, boolean sms) {
        return Uni.createFrom().deferred(() -> {
            requireNoProblems(trIdProblems(trId));
            MultivaluedMap<String, String> form = form("0203");
            form.add("tr_id", trId);
            // §7.4: sms_flag Y = SMS, N = MMS (default N)
            form.add("sms_flag", sms ? "Y" : "N");
            form.add("user_id", config.userId());
            return call(api.resend(form), reply -> {
                GiftishowReplies.requireSuccess(reply);
                return null;
            });
        });
    }

    /** Largest page the goods list is asked for; the provider's default is 20 (§1.4). */
    public static final int MAX_PAGE_SIZE = 1000;

    private static List<String> trIdProblems(String trId) {
        List<String> problems = new ArrayList<>();
        if (trId == null
                || trId.isBlank()
                || trId.length() > GiftishowSendRequest.MAX_TR_ID
                || !trId.chars().allMatch(c -> c < 128)) {
            problems.add("tr_id must be 1-" + GiftishowSendRequest.MAX_TR_ID + " ASCII characters");
        }
        return problems;
    }

    private static List<String> pathSegment(String name, String value) {
        List<String> problems = new ArrayList<>();
        if (value == null || !value.matches("[A-Za-z0-9_.-]{1,50}")) {
            problems.add(name + " must be 1-50 letters or digits");
        }
        return problems;
    }

    private static void requireNoProblems(List<String> problems) {
        if (!problems.isEmpty()) {
            throw HttpFailures.invalid(GiftishowCodes.PROVIDER, problems);
        }
    }

    /** The fields every call carries (giftishow-biz-api.txt API관련 사항 1). */
    private MultivaluedMap<String, String> form(String apiCode) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("api_code", apiCode);
        form.add("custom_auth_code", config.authCode());
        form.add("custom_auth_token", config.authToken());
        // "운영(N)으로만 설정해서 테스트 해야 합니다"
        form.add("dev_yn", "N");
        return form;
    }

    private static <T> Uni<T> call(Uni<String> exchange, Function<JsonNode, T> interpret) {
        return exchange.onFailure()
                .transform(GiftishowClient::transportFailure)
                .map(body -> interpret.apply(GiftishowReplies.parse(body)));
    }

    private static Throwable transportFailure(Throwable failure) {
        // a TimeoutException is the cancel attempt's own timeout: kept as is, like the @Timeout one
        if (failure instanceof ProviderException || failure instanceof TimeoutException) {
            return failure;
        }
        if (failure instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            String body = readBody(wae);
            JsonNode reply = null;
            if (body != null && !body.isBlank()) {
                try {
                    reply = GiftishowReplies.parse(body);
                } catch (ProviderException unreadable) {
                    reply = null;
                }
            }
            if (reply != null && reply.hasNonNull("code")) {
                if (GiftishowCodes.SUCCESS.equals(GiftishowReplies.text(reply, "code"))) {
                    // 부록 1: status and code are independent, but an error status whose body says 0000 tells
                    // nothing definite: for a send the coupon may or may not exist
                    return status >= 500
                            ? HttpFailures.forStatus(GiftishowCodes.PROVIDER, status, failure)
                            : new ProviderException(
                                    new ProviderError(
                                            ErrorCode.PROVIDER_ERROR,
                                            GiftishowCodes.PROVIDER,
                                            String.valueOf(status),
                                            "contradictory reply"),
                                    failure,
                                    true);
                }
                try {
                    GiftishowReplies.requireSuccess(reply);
                } catch (ProviderException e) {
                    return e;
                }
            }
            return HttpFailures.forStatus(GiftishowCodes.PROVIDER, status, failure);
        }
        return HttpFailures.toProviderFailure(GiftishowCodes.PROVIDER, failure);
    }

    private static String readBody(WebApplicationException wae) {
        try {
            return wae.getResponse().hasEntity() ? wae.getResponse().readEntity(String.class) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** 0201's inner element names its code {@code resCode}/{@code resMsg}. */
    private static JsonNode renameCode(JsonNode element) {
        var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) element).deepCopy();
        copy.set("code", element.get("resCode"));
        copy.set("message", element.get("resMsg"));
        return copy;
    }
}
