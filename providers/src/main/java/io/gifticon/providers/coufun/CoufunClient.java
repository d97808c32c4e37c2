package io.gifticon.providers.coufun;

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
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * COUFUN (T-Scientific) operations as our types. Only cancel is specified (coufun-cancel.md); the other calls the
 * result-code document names fail with {@code UNSUPPORTED}. Fault-tolerance values are ours (the documents give
 * none) and configurable, e.g. {@code io.gifticon.providers.coufun.CoufunClient/cancel/Timeout/value=15000}.
 */
@ApplicationScoped
public class CoufunClient {
    /** coufun-cancel.md §4 limits, bytes of EUC-KR. */
    public static final int MAX_POC_ID = 10;

    public static final int MAX_GOODS_ID = 10;
    public static final int MAX_BARCODE_NUM = 30;

    private final CoufunApi api;
    private final CoufunConfig config;

    public CoufunClient(CoufunConfig config) {
        this.config = config;
        this.api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.baseUrl()))
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(CoufunApi.class);
    }

    /**
     * coufunPartCancel.do. Safe to retry: a repeat after a lost reply answers 18 (취소된 쿠폰), which is success.
     *
     * @param goodsId    GOODS_ID, the sold product (≤ 10 bytes)
     * @param barcodeNum BARCODE_NUM, the coupon number (≤ 30 bytes)
     */
    @Timeout(15_000)
    @Retry(
            maxRetries = 3,
            delay = 500,
            jitter = 200,
            retryOn = {ProviderUnavailableException.class, TimeoutException.class})
    @CircuitBreaker(failOn = ProviderOutageException.class)
    @CircuitBreakerName("coufun-cancel")
    public Uni<CoufunCancelResult> cancel(String goodsId, String barcodeNum) {
        return Uni.createFrom().deferred(() -> {
            List<String> problems = new ArrayList<>();
            CoufunBytes.required(problems, "POC_ID", config.pocId(), MAX_POC_ID);
            CoufunBytes.required(problems, "GOODS_ID", goodsId, MAX_GOODS_ID);
            CoufunBytes.required(problems, "BARCODE_NUM", barcodeNum, MAX_BARCODE_NUM);
            if (!problems.isEmpty()) {
                throw HttpFailures.invalid(CoufunCodes.PROVIDER, problems);
            }
            return api.cancel(config.pocId(), goodsId, barcodeNum)
                    .onFailure()
                    .transform(f -> HttpFailures.toProviderFailure(CoufunCodes.PROVIDER, f))
                    .map(body -> interpretCancel(CoufunReply.parse(body)));
        });
    }

    private static CoufunCancelResult interpretCancel(CoufunReply reply) {
        if (reply.success()) {
            return new CoufunCancelResult(false, reply.barcodeNum(), reply.resultMsg());
        }
        ProviderError error = CoufunCodes.toError(reply.resultCode(), reply.resultMsg());
        if (error.code() == ErrorCode.ALREADY_CANCELLED) {
            return new CoufunCancelResult(true, reply.barcodeNum(), reply.resultMsg());
        }
        String code = reply.resultCode() == null ? "" : reply.resultCode().strip();
        if (!CoufunCodes.table().containsKey(code)) {
            // coufun-result-codes.md lists 01–99: anything else says nothing definite about the cancel
            throw new ProviderException(error, null, true);
        }
        throw error.retryable() ? new ProviderOutageException(error, false, null) : new ProviderException(error);
    }

    /** 상품목록 조회: not specified by COUFUN; always {@code UNSUPPORTED}. */
    public Uni<Void> productList() {
        return unsupported(CoufunOperation.PRODUCT_LIST);
    }

    /** 상품정보 조회: not specified; always {@code UNSUPPORTED}. */
    public Uni<Void> productInfo(String goodsId) {
        return unsupported(CoufunOperation.PRODUCT_INFO);
    }

    /** 쿠폰발송: not specified; always {@code UNSUPPORTED}. */
    public Uni<Void> send(String goodsId, String trId, String phoneNo) {
        return unsupported(CoufunOperation.SEND);
    }

    /** 쿠폰생성: not specified; always {@code UNSUPPORTED}. */
    public Uni<Void> create(String goodsId, String trId) {
        return unsupported(CoufunOperation.CREATE);
    }

    /** 쿠폰재발송: not specified; always {@code UNSUPPORTED}. */
    public Uni<Void> resend(String barcodeNum) {
        return unsupported(CoufunOperation.RESEND);
    }

    /** 쿠폰수신자번호변경: not specified; always {@code UNSUPPORTED}. */
    public Uni<Void> changeRecipient(String barcodeNum, String phoneNo) {
        return unsupported(CoufunOperation.CHANGE_RECIPIENT);
    }

    /** 쿠폰상태조회: not specified; always {@code UNSUPPORTED}. */
    public Uni<Void> status(String barcodeNum) {
        return unsupported(CoufunOperation.STATUS);
    }

    /** 쿠폰이미지전송: not specified; always {@code UNSUPPORTED}. */
    public Uni<Void> image(String barcodeNum) {
        return unsupported(CoufunOperation.IMAGE);
    }

    private static <T> Uni<T> unsupported(CoufunOperation operation) {
        return Uni.createFrom()
                .failure(
                        new ProviderException(
                                new ProviderError(
                                        ErrorCode.UNSUPPORTED,
                                        CoufunCodes.PROVIDER,
                                        null,
                                        "COUFUN " + operation.koreanName() + " (" + operation
                                                + ") is named in coufun-result-codes.md but not specified; only cancel is implemented")));
    }
}
