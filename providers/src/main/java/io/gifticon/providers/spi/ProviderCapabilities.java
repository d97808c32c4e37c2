package io.gifticon.providers.spi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The registry of providers: what each supports, and its SPI implementations by provider id. */
@ApplicationScoped
public class ProviderCapabilities {
    private final Map<String, ProviderAdapter> adapters;

    public ProviderCapabilities(Instance<ProviderAdapter> adapters) {
        Map<String, ProviderAdapter> byId = new LinkedHashMap<>();
        for (ProviderAdapter adapter : adapters) {
            if (byId.put(adapter.provider(), adapter) != null) {
                throw new IllegalStateException("two adapters for provider " + adapter.provider());
            }
        }
        this.adapters = Collections.unmodifiableMap(byId);
    }

    /** Every known provider id. */
    public Set<String> providers() {
        return adapters.keySet();
    }

    /** What {@code provider} supports (empty for an unknown provider). */
    public Set<Capability> of(String provider) {
        ProviderAdapter adapter = adapters.get(provider);
        return adapter == null ? Set.of() : adapter.capabilities();
    }

    public boolean supports(String provider, Capability capability) {
        return of(provider).contains(capability);
    }

    public Optional<CouponIssuer> issuer(String provider) {
        return find(provider, CouponIssuer.class);
    }

    public Optional<CatalogSource> catalog(String provider) {
        return find(provider, CatalogSource.class);
    }

    public Optional<BalanceSource> balance(String provider) {
        return find(provider, BalanceSource.class);
    }

    public Optional<RedemptionLogSource> redemptionLog(String provider) {
        return find(provider, RedemptionLogSource.class);
    }

    private <T> Optional<T> find(String provider, Class<T> type) {
        ProviderAdapter adapter = adapters.get(provider);
        return type.isInstance(adapter) ? Optional.of(type.cast(adapter)) : Optional.empty();
    }
}
