package io.gifticon.providers.pbt;

import io.gifticon.providers.spi.Capability;
import io.gifticon.providers.spi.ProviderAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** PBT in the registry: used only at the POS through its popup, none of the server-side SPI operations. */
@ApplicationScoped
public class PbtAdapter implements ProviderAdapter {

    @Override
    public String provider() {
        return PbtCodes.PROVIDER;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.POS_POPUP);
    }
}
