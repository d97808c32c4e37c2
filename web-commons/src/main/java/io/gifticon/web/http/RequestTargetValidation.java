package io.gifticon.web.http;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands the check of the request target over from Quarkus to {@link HttpProblems}: Quarkus' HTTP layer parses every
 * request URI with {@code java.net.URI} before any route runs and answers a malformed one (a backslash, a space, a
 * bad {@code %} escape, a raw non-ASCII byte) with an empty 400 that no application code can turn into a problem.
 * Its switch is the JVM system property {@code vertx.disableURIValidation}, read once when Quarkus' HTTP recorder
 * is initialised; this config source (loaded by SmallRye Config before that, registered in
 * {@code META-INF/services}) sets it unless the operator set it, and {@link HttpProblems#checkTarget} performs the
 * same parse as the first handler of the router, answering 400 {@code MALFORMED_REQUEST} as problem+json. It holds
 * no configuration of its own.
 */
public final class RequestTargetValidation implements ConfigSource {
    static final String PROPERTY = "vertx.disableURIValidation";

    static {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public String getValue(String propertyName) {
        return null;
    }

    @Override
    public String getName() {
        return "gifticon-request-target-validation";
    }

    @Override
    public int getOrdinal() {
        return Integer.MIN_VALUE;
    }
}
