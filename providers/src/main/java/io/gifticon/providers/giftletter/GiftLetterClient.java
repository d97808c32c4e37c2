package io.gifticon.providers.giftletter;

import static io.gifticon.providers.LenientJson.number;
import static io.gifticon.providers.LenientJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.gifticon.providers.ErrorCode;
import io.gifticon.providers.HttpFailures;
import io.gifticon.providers.ProviderError;
import io.gifticon.providers.ProviderException;
import io.gifticon.providers.ProviderOutageException;
import io.gifticon.providers.ProviderUnavailableException;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * GiftLetter (giftletter-b2c.txt) operations as our types, with fault tolerance. The document gives no time limit;
 * the values below are ours and configurable, e.g.
 * {@code io.gifticon.providers.giftletter.GiftLetterClient/sendEPin/Timeout/value=15000}.
 */
@ApplicationScoped
public class GiftLetterClient {
    private static final String P = GiftLetterCodes.PROVIDER;

    private final GiftLetterApi api;
    private final GiftLetterExchangeLogApi exchangeLogApi;
    private final GiftLetterConfig config;

    public GiftLetterClient(GiftLetterConfig config) {
        this.config = config;
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.baseUrl()))
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(GiftLetterApi.class);
        this.exchangeLogApi = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.exchangeLogUrl()))
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(GiftLetterExchangeLogApi.class);
    }

    /**
     * SendEPin (§3). Never retried: a repeat is a second PIN. A timeout means the PIN may exist: the caller keeps
     * the co_tid and, once it learns the order id, cancels.
     */
    @Timeout(15_000)
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("giftletter-send")
    public Uni<GiftLetterSendResult> sendEPin(GiftLetterSendRequest request) {
        return Uni.createFrom().deferred(() -> {
            request.validate();
            // §3.1: enc = 인증키 + 사용처 아이디 + 상품 아이디 + 사용처 거래번호; reserved "공백 값으로 입력" when unused
            String enc = GiftLetterEnc.of(config.authKey(), config.cid(), request.goodsId(), request.coTid());
            return call(
                    api.sendEPin(
                            config.cid(),
                            enc,
                            request.goodsId(),
                            1,
                            request.title(),
                            request.content(),
                            request.mdn(),
                            request.receiveTel(),
                            request.coTid(),
                            request.reserved() == null ? "" : request.reserved()),
                    reply -> {
                        GiftLetterReplies.requireSuccess(reply, null);
                        return new GiftLetterSendResult(
                                text(reply, "epin"), text(reply, "order_id"), text(reply, "reserved"));
                    });
        });
    }

    /** CancelSendEPin (§4). Safe to retry: E304 "이미 취소 된 거래 건" is success. */
    @Timeout(15_000)
    @Retry(
            maxRetries = 3,
            delay = 500,
            jitter = 200,
            retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("giftletter-cancel")
    public Uni<GiftLetterCancelResult> cancel(String orderId) {
        return Uni.createFrom().deferred(() -> {
            requireOrderId(orderId);
            String enc = GiftLetterEnc.of(config.authKey(), config.cid(), orderId);
            return call(api.cancelSendEPin(config.cid(), enc, orderId), reply -> {
                try {
                    GiftLetterReplies.requireSuccess(reply, null);
                    return GiftLetterCancelResult.CANCELLED;
                } catch (ProviderException e) {
                    if (e.error().code() == ErrorCode.ALREADY_CANCELLED) {
                        return GiftLetterCancelResult.ALREADY_CANCELLED;
                    }
                    throw e;
                }
            });
        });
    }

    /** StatusSendEPin (§5); a look-up, so retried. §5.1: some products do not offer it (P201). */
    @Timeout(10_000)
    @Retry(
            maxRetries = 2,
            delay = 300,
            retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("giftletter-status")
    public Uni<GiftLetterCouponStatus> status(String orderId) {
        return Uni.createFrom().deferred(() -> {
            requireOrderId(orderId);
            String enc = GiftLetterEnc.of(config.authKey(), config.cid(), orderId);
            return call(api.statusSendEPin(config.cid(), enc, orderId), reply -> {
                GiftLetterReplies.requireSuccess(reply, null);
                return new GiftLetterCouponStatus(
                        text(reply, "use"), text(reply, "use_date"), text(reply, "branchname"));
            });
        });
    }

    /** ReSendSMS (§6), send_type D. Not retried: each call texts the recipient again (P301 caps the count). */
    @Timeout(15_000)
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("giftletter-resend")
    public Uni<Void> resendSms(String orderId, String extraMessage) {
        return Uni.createFrom().deferred(() -> {
            List<String> problems = new ArrayList<>();
            GiftLetterRules.required(problems, "order_id", orderId, MAX_ORDER_ID);
            GiftLetterRules.optional(problems, "msg", extraMessage, 20); // §6.1 Varchar(20)
            requireNone(problems);
            String enc = GiftLetterEnc.of(config.authKey(), config.cid(), orderId);
            return call(
                    api.reSendSms(config.cid(), enc, orderId, "D", extraMessage == null ? "" : extraMessage, ""),
                    reply -> {
                        GiftLetterReplies.requireSuccess(reply, null);
                        return null;
                    });
        });
    }

    /** getGoodsInfoList (§7), the products of one brand; a look-up, so retried. */
    @Timeout(10_000)
    @Retry(
            maxRetries = 2,
            delay = 300,
            retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("giftletter-goods-list")
    public Uni<List<GiftLetterGoods>> goodsList(String brandId) {
        return Uni.createFrom().deferred(() -> {
            requireBrandId(brandId);
            String enc = GiftLetterEnc.of(config.authKey(), config.cid(), brandId);
            return call(api.getGoodsInfoList(config.cid(), brandId, enc), reply -> {
                if (!reply.isArray()) {
                    // §7: failures are a single object {"STATUS":"E"}
                    GiftLetterReplies.requireStatus(reply, GiftLetterCodes.StatusCall.GOODS_LIST);
                    throw HttpFailures.unreadable(P, reply.toString(), null);
                }
                List<GiftLetterGoods> goods = new ArrayList<>();
                for (JsonNode n : reply) {
                    goods.add(new GiftLetterGoods(
                            text(n, "GOODS_ID"),
                            text(n, "GOODS_NAME"),
                            text(n, "BRAND_NAME"),
                            number(n, "PRICE"),
                            text(n, "IMG_URL"),
                            text(n, "STATUS")));
                }
                return goods;
            });
        });
    }

    /** getGoodsInfo (§8); a look-up, so retried. A product with STATUS N is returned, not failed. */
    @Timeout(10_000)
    @Retry(
            maxRetries = 2,
            delay = 300,
            retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("giftletter-goods-info")
    public Uni<GiftLetterGoodsInfo> goodsInfo(String goodsId) {
        return Uni.createFrom().deferred(() -> {
            List<String> problems = new ArrayList<>();
            GiftLetterRules.required(problems, "goods_id", goodsId, GiftLetterSendRequest.MAX_GOODS_ID);
            requireNone(problems);
            String enc = GiftLetterEnc.of(config.authKey(), config.cid(), goodsId);
            return call(api.getGoodsInfo(config.cid(), goodsId, enc), n -> {
                GiftLetterReplies.requireStatus(n, GiftLetterCodes.StatusCall.GOODS_INFO);
                // §8.2's sample writes "PRICE " and "IMG_URL " with a trailing space: LenientJson.text trims names
                return new GiftLetterGoodsInfo(
                        text(n, "GOODS_ID"),
                        text(n, "GOODS_NAME"),
                        text(n, "BRAND_ID"),
                        text(n, "BRAND_NAME"),
                        number(n, "PRICE"),
                        number(n, "SPRICE"),
                        text(n, "MSG_TYPE"),
                        text(n, "IMG_URL"),
                        text(n, "EXDATE"),
                        text(n, "GOODS_MEMO"),
                        text(n, "BRAND_MEMO"),
                        text(n, "STATUS"));
            });
        });
    }

    /** getBrandImage (§9, no enc); a look-up, so retried. */
    @Timeout(10_000)
    @Retry(
            maxRetries = 2,
            delay = 300,
            retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("giftletter-brand-image")
    public Uni<GiftLetterBrandImage> brandImage(String brandId) {
        return Uni.createFrom().deferred(() -> {
            requireBrandId(brandId);
            return call(api.getBrandImage(config.cid(), brandId), n -> {
                GiftLetterReplies.requireStatus(n, GiftLetterCodes.StatusCall.BRAND_IMAGE);
                return new GiftLetterBrandImage(text(n, "BRAND_NAME"), text(n, "IMG_URL"), text(n, "STATUS"));
            });
        });
    }

    /** ExchangeDaily.aspx (§10): the PINs exchanged on {@code day}; a look-up, so retried. */
    @Timeout(30_000)
    @Retry(
            maxRetries = 2,
            delay = 1000,
            retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("giftletter-exchange-log")
    public Uni<GiftLetterExchangeLog> exchangeLog(LocalDate day) {
        return Uni.createFrom().deferred(() -> {
            if (day == null) {
                requireNone(List.of("dt is required"));
            }
            // §10.1: dt YYYY-MM-DD
            return exchangeLogApi
                    .exchangeDaily(config.cid(), day.toString())
                    .onFailure()
                    .transform(f -> HttpFailures.toProviderFailure(P, f))
                    .map(response -> readLog(day, response));
        });
    }

    /** Largest GiftLetter order id (§3.2 Varchar(20)). */
    static final int MAX_ORDER_ID = 20;

    private static GiftLetterExchangeLog readLog(LocalDate day, Response response) {
        try (response) {
            if (response.getStatus() >= 300) {
                throw HttpFailures.toProviderFailure(P, new jakarta.ws.rs.WebApplicationException(response));
            }
            byte[] body = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
            MediaType type = response.getMediaType();
            String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
            String text = GiftLetterExchangeLog.decode(body, charset);
            if (text.stripLeading().startsWith("<")) {
                // an HTML page instead of the log: most often the IP allow-list (§10.1 "IP정보 등록 후 사용 가능")
                throw new ProviderException(new ProviderError(
                        ErrorCode.PROVIDER_ERROR,
                        P,
                        null,
                        "exchange log answered with an HTML page (is this host's IP registered?)"));
            }
            return GiftLetterExchangeLog.parse(day, text);
        }
    }

    private static void requireOrderId(String orderId) {
        List<String> problems = new ArrayList<>();
        GiftLetterRules.required(problems, "order_id", orderId, MAX_ORDER_ID);
        requireNone(problems);
    }

    private static void requireBrandId(String brandId) {
        List<String> problems = new ArrayList<>();
        GiftLetterRules.digits(problems, "brand_id", brandId, 10); // §7.1 Int
        requireNone(problems);
    }

    private static void requireNone(List<String> problems) {
        if (!problems.isEmpty()) {
            throw HttpFailures.invalid(P, problems);
        }
    }

    private static <T> Uni<T> call(Uni<String> exchange, Function<JsonNode, T> interpret) {
        return exchange.onFailure()
                .transform(f -> HttpFailures.toProviderFailure(P, f))
                .map(body -> interpret.apply(GiftLetterReplies.parse(body)));
    }
}
