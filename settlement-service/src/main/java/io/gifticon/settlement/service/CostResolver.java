package io.gifticon.settlement.service;

import io.gifticon.providers.giftishow.GiftishowClient;
import io.gifticon.providers.giftletter.GiftLetterClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one coupon of a product costs us, until coupon events carry {@code cost}: Giftishow 0111 discountPrice
 * (our buyer price), GiftLetter getGoodsInfo SPRICE (납품가). Cached per product for the life of the process.
 */
@ApplicationScoped
public class CostResolver {
    private final GiftishowClient giftishow;
    private final GiftLetterClient giftletter;
    private final Map<String, Long> cache = new ConcurrentHashMap<>();

    public CostResolver(GiftishowClient giftishow, GiftLetterClient giftletter) {
        this.giftishow = giftishow;
        this.giftletter = giftletter;
    }

    public Uni<Long> cost(String provider, String productId) {
        if (productId == null) {
            return Uni.createFrom().failure(new IllegalArgumentException("event without productId"));
        }
        Long cached = cache.get(productId);
        if (cached != null) {
            return Uni.createFrom().item(cached);
        }
        String code = productId.substring(productId.indexOf(':') + 1);
        Uni<Long> lookup = switch (provider) {
            case "giftishow" ->
                giftishow.goodsDetail(code).map(d -> d.discountPrice() != null ? d.discountPrice() : d.salePrice());
            case "giftletter" ->
                giftletter.goodsInfo(code).map(g -> g.supplyPrice() != null ? g.supplyPrice() : g.price());
            default -> Uni.createFrom().failure(new IllegalStateException("no cost source for provider " + provider));
        };
        return lookup.invoke(price -> {
            if (price == null) {
                throw new IllegalStateException("no price for " + productId);
            }
            cache.put(productId, price);
        });
    }
}
