package io.gifticon.settlement.rest;

import io.gifticon.settlement.config.SettlementConfig;
import io.gifticon.web.http.BodyLimits;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How large settlement's request bodies may be ({@link BodyLimits} checks them): a relayed POS popup reply
 * ({@code settlement.pos.max-body-bytes}), everything else {@code settlement.http.max-body-bytes}.
 */
@ApplicationScoped
public class RequestLimits implements BodyLimits.Policy {
    static final String POS_TRANSACTIONS = "/api/v1/pos/transactions";
    private final SettlementConfig config;

    public RequestLimits(SettlementConfig config) {
        this.config = config;
    }

    @Override
    public long maxBodyBytes(HttpMethod method, String path) {
        if (method == HttpMethod.POST && POS_TRANSACTIONS.equals(path)) {
            return config.pos().maxBodyBytes();
        }
        return config.http().maxBodyBytes();
    }
}
