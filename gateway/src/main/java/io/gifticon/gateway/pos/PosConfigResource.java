package io.gifticon.gateway.pos;

import io.gifticon.gateway.auth.ApiClient;
import io.gifticon.gateway.auth.CallingClient;
import io.gifticon.gateway.config.PosConfig;
import io.gifticon.web.ErrorCode;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the POS page ({@code /pos/}) needs to drive the PBT popup, for the calling POS client only (scope
 * {@code pos:write}, checked by the gateway's front handler): the popup's URL and origin, the tenant's application
 * key, and the id and password of the one PBT terminal the client is bound to (pbt-pos-integration.txt §2.4: the
 * browser must put {@code auth} into every message). Never cached by the browser or a proxy.
 */
@Path("/pos/config")
public class PosConfigResource {
    static final String SCOPE = "pos:write";
    private final PosConfig config;

    public PosConfigResource(PosConfig config) {
        this.config = config;
    }

    /**
     * @param popupUrl      the popup page to open in the iframe
     * @param popupOrigin   the only origin whose messages the page accepts and to which it posts
     * @param auth          PBT {@code auth} of every message: this client's terminal
     * @param autoCloseTime milliseconds, sent with each connection
     */
    public record PosSettings(String popupUrl, String popupOrigin, Auth auth, long autoCloseTime) {}

    public record Auth(String applicationKey, String passwd, String accessType) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Settings of the POS page: the popup and this key's PBT terminal (needs pos:write)")
    public Response settings(@Context RoutingContext ctx) {
        ApiClient client = CallingClient.of(ctx);
        PosConfig.Terminal terminal = config.terminals().get(client.id());
        if (terminal == null) {
            throw new ProblemException(Problem.of(
                            ErrorCode.POS_TERMINAL_UNKNOWN,
                            "This key is not bound to a PBT terminal (gateway.pos.terminals.<client>.terminal-id).")
                    .withRetryable(false));
        }
        Optional<String> passwd = terminal.passwd().or(config::passwd);
        if (config.applicationKey().isEmpty() || passwd.isEmpty()) {
            throw new ProblemException(Problem.of(
                            ErrorCode.POS_NOT_CONFIGURED,
                            "The PBT credentials of this terminal are not configured (gateway.pos.application-key, "
                                    + "gateway.pos.terminals.<client>.passwd).")
                    .withRetryable(false));
        }
        URI popup = config.popupUrl();
        PosSettings settings = new PosSettings(
                popup.toString(),
                origin(popup),
                new Auth(config.applicationKey().get(), passwd.get(), terminal.terminalId()),
                config.autoCloseTime().toMillis());
        return Response.ok(settings)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .build();
    }

    /** As browsers write {@code event.origin}: lowercase scheme and host, no default port. */
    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort =
                port < 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + url.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
