package io.gifticon.providers.giftishow;

import com.fasterxml.jackson.databind.JsonNode;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderUnavailableException;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.ConnectException;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Giftishow Biz operations as our types, with the fault tolerance the document asks for. Every value of the
 * annotations can be changed by configuration (milliseconds), e.g.
 * {@code io.gifticon.providers.giftishow.GiftishowClient/send/Timeout/value=15000}.
 */
@ApplicationScoped
public class GiftishowClient {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private final GiftishowApi api;
    private final GiftishowConfig config;
    private final Clock clock;

    public GiftishowClient(GiftishowConfig config) {
        this.config = config;
        this.clock = Clock.systemUTC();
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
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10,
            delayUnit = java.time.temporal.ChronoUnit.SECONDS, successThreshold = 2,
            failOn = { ProviderUnavailableException.class, TimeoutException.class })
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
                return new GiftishowSendResult(GiftishowReplies.text(inner, "orderNo"),
                        GiftishowReplies.text(inner, "pinNo"), GiftishowReplies.text(inner, "couponImgUrl"));
            });
        });
    }

    /**
     * 0202 cancel. Safe to retry: a repeat after a lost reply answers "already cancelled", which is success here.
     * giftishow-biz-api.txt §6 (권고): one cancel at a time, waiting for each reply — hence the bulkhead of one.
     */
    @Timeout(15_000)
    @Retry(maxRetries = 3, delay = 500, jitter = 200,
            retryOn = { ProviderUnavailableException.class, TimeoutException.class })
    @Bulkhead(value = 1, waitingTaskQueue = 1000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10,
            delayUnit = java.time.temporal.ChronoUnit.SECONDS, successThreshold = 2,
            failOn = { ProviderUnavailableException.class, TimeoutException.class })
    @CircuitBreakerName("giftishow-cancel")
    public Uni<GiftishowCancelResult> cancel(String trId) {
        return Uni.createFrom().deferred(() -> {
            MultivaluedMap<String, String> form = form("0202");
            form.add("tr_id", trId);
            form.add("user_id", config.userId());
            return call(api.cancel(form), reply -> {
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
    @Retry(maxRetries = 2, delay = 300, retryOn = { ProviderUnavailableException.class, TimeoutException.class })
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10,
            delayUnit = java.time.temporal.ChronoUnit.SECONDS, successThreshold = 2,
            failOn = { ProviderUnavailableException.class, TimeoutException.class })
    @CircuitBreakerName("giftishow-coupons")
    public Uni<GiftishowCouponStatus> couponStatus(String trId) {
        return Uni.createFrom().deferred(() -> {
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
                    throw new ProviderException(new ProviderError(ErrorCode.NOT_FOUND, GiftishowCodes.PROVIDER,
                            null, "no coupon for tr_id " + trId));
                }
                return new GiftishowCouponStatus(GiftishowReplies.text(info, "pinStatusCd"),
                        GiftishowReplies.text(info, "pinStatusNm"), GiftishowReplies.text(info, "goodsCd"),
                        GiftishowReplies.text(info, "validPrdEndDt"));
            });
        });
    }

    /** 0301 bizmoney balance in won; a look-up, so retried. */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 300, retryOn = { ProviderUnavailableException.class, TimeoutException.class })
    @CircuitBreakerName("giftishow-bizmoney")
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10,
            delayUnit = java.time.temporal.ChronoUnit.SECONDS, successThreshold = 2,
            failOn = { ProviderUnavailableException.class, TimeoutException.class })
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
                    throw new ProviderException(new ProviderError(ErrorCode.PROVIDER_ERROR, GiftishowCodes.PROVIDER,
                            null, "unreadable balance: " + balance), e);
                }
            });
        });
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
        return exchange
                .onFailure().transform(GiftishowClient::transportFailure)
                .map(body -> interpret.apply(GiftishowReplies.parse(body)));
    }

    private static Throwable transportFailure(Throwable failure) {
        if (failure instanceof ProviderException) {
            return failure;
        }
        if (failure instanceof WebApplicationException wae) {
            int status = wae.getResponse().getStatus();
            String body = readBody(wae);
            if (body != null) {
                try {
                    JsonNode reply = GiftishowReplies.parse(body);
                    if (reply.hasNonNull("code")) {
                        GiftishowReplies.requireSuccess(reply);
                    }
                } catch (ProviderException e) {
                    return e;
                }
            }
            ProviderError error = new ProviderError(status >= 500 ? ErrorCode.PROVIDER_UNAVAILABLE
                    : GiftishowCodes.table().getOrDefault(String.valueOf(status), ErrorCode.PROVIDER_ERROR),
                    GiftishowCodes.PROVIDER, String.valueOf(status), "HTTP " + status);
            return status >= 500 ? new ProviderUnavailableException(error, true, failure)
                    : new ProviderException(error, failure);
        }
        boolean refused = causedBy(failure, ConnectException.class);
        ProviderError error = new ProviderError(ErrorCode.PROVIDER_UNAVAILABLE, GiftishowCodes.PROVIDER, null,
                refused ? "connection refused" : String.valueOf(failure.getMessage()));
        // a refused connection never carried the request; anything else may have reached Giftishow
        return new ProviderUnavailableException(error, !refused || !(failure instanceof ProcessingException)
                && !(failure instanceof ConnectException), failure);
    }

    private static String readBody(WebApplicationException wae) {
        try {
            return wae.getResponse().hasEntity() ? wae.getResponse().readEntity(String.class) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** 0201's inner element names its code {@code resCode}/{@code resMsg}. */
    private static JsonNode renameCode(JsonNode element) {
        var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) element).deepCopy();
        copy.set("code", element.get("resCode"));
        copy.set("message", element.get("resMsg"));
        return copy;
    }
}
