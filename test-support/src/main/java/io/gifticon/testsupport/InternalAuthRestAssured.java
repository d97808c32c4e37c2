package io.gifticon.testsupport;

import io.gifticon.web.internal.InternalAuth;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.time.Instant;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A service under test refuses requests without the gateway's {@link InternalAuth} proof, as in production. Every
 * RestAssured request of a {@code @QuarkusTest} against such a service is therefore signed the way the gateway
 * signs ({@code caller=gateway}, with the request's own {@code X-Client-Id} / {@code X-Client-Scopes}), unless it
 * already carries an {@code X-Internal-Auth} header (tests of the refusal send their own, or
 * {@link #UNSIGNED} to send none). Registered for every {@code @QuarkusTest} through
 * {@code META-INF/services}; it does nothing for apps that do not verify.
 */
public class InternalAuthRestAssured implements QuarkusTestBeforeEachCallback {
    /** Send this as the {@code X-Internal-Auth} value to have the header left out entirely. */
    public static final String UNSIGNED = "unsigned";

    private static volatile boolean installed;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Config config = ConfigProvider.getConfig();
        if (installed
                || !config.getOptionalValue("gifticon.internal-auth.verify", Boolean.class)
                        .orElse(false)) {
            return;
        }
        synchronized (InternalAuthRestAssured.class) {
            if (!installed) {
                String secret = config.getValue("gifticon.internal-auth.secret", String.class);
                RestAssured.filters(new Signer(new InternalAuth(secret)));
                installed = true;
            }
        }
    }

    /**
     * The gateway's proof for a request that a test sends without RestAssured (e.g. the JDK client, to send no
     * {@code Content-Type} at all), signed with the secret of the app under test.
     */
    public static String proof(String method, String target, String clientId, String clientScopes) {
        String secret = ConfigProvider.getConfig().getValue("gifticon.internal-auth.secret", String.class);
        return new InternalAuth(secret)
                .sign("gateway", Instant.now().getEpochSecond(), method, target, clientId, clientScopes);
    }

    private record Signer(InternalAuth auth) implements Filter {
        @Override
        public Response filter(
                FilterableRequestSpecification request,
                FilterableResponseSpecification response,
                FilterContext context) {
            String given = request.getHeaders().getValue(InternalAuth.HEADER);
            if (UNSIGNED.equals(given)) {
                request.removeHeader(InternalAuth.HEADER);
            } else if (given == null) {
                URI uri = URI.create(request.getURI());
                String target =
                        uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
                request.header(
                        InternalAuth.HEADER,
                        auth.sign(
                                "gateway",
                                Instant.now().getEpochSecond(),
                                request.getMethod(),
                                target,
                                request.getHeaders().getValue(InternalAuth.CLIENT_ID),
                                request.getHeaders().getValue(InternalAuth.CLIENT_SCOPES)));
            }
            return context.next(request, response);
        }
    }
}
