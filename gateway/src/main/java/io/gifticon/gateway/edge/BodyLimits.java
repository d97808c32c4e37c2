package io.gifticon.gateway.edge;

import io.gifticon.gateway.config.EdgeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The largest request body each route accepts (longest matching path prefix; the default otherwise). */
@ApplicationScoped
public class BodyLimits {
    private final long defaultLimit;
    private final List<Map.Entry<String, Long>> routes;

    public BodyLimits(EdgeConfig config) {
        this.defaultLimit = config.bodyLimits().defaultLimit().asLongValue();
        this.routes = config.bodyLimits().routes().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().asLongValue()))
                .sorted(Comparator.comparingInt(
                                (Map.Entry<String, Long> e) -> e.getKey().length())
                        .reversed())
                .toList();
    }

    /** Bytes the body of a request to {@code path} (canonical) may have. */
    public long limitFor(String path) {
        for (Map.Entry<String, Long> route : routes) {
            String prefix = route.getKey();
            if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
                return route.getValue();
            }
        }
        return defaultLimit;
    }
}
