package io.gifticon.gateway.pos;

import io.gifticon.gateway.auth.ApiKeys;
import io.gifticon.gateway.config.PosConfig;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the POS page ({@code /pos/}) needs to drive the PBT popup: its URL and origin, and the terminal's PBT
 * credentials. Only for a key with {@code pos:write} (the credentials go into the page's postMessage calls).
 */
@Path("/pos/config")
public class PosConfigResource {
    static final String SCOPE = "pos:write";
    private final PosConfig config;
    private final ApiKeys apiKeys;

    public PosConfigResource(PosConfig config, ApiKeys apiKeys) {
        this.config = config;
        this.apiKeys = apiKeys;
    }

    /**
     * @param popupUrl      the popup page to open in the iframe
     * @param popupOrigin   the only origin whose messages the page accepts and to which it posts
     * @param auth          PBT {@code auth} of every message
     * @param autoCloseTime milliseconds, sent with each connection
     */
    public record PosSettings(String popupUrl, String popupOrigin, Auth auth, long autoCloseTime) {
    }

    public record Auth(String applicationKey, String passwd, String accessType) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Settings of the POS page (needs an X-Api-Key with pos:write)")
    public Uni<PosSettings> settings(@HeaderParam("X-Api-Key") String apiKey) {
        return apiKeys.authenticate(apiKey).map(client -> {
            if (client.isEmpty()) {
                throw new ProblemException(Problem.of(401, "UNAUTHENTICATED", "Unknown or missing API key",
                        "Send a valid key in the X-Api-Key header."));
            }
            if (!client.get().may(SCOPE)) {
                throw new ProblemException(Problem.of(403, "FORBIDDEN", "Missing scope",
                        "This key may not use the POS page; needed: " + SCOPE));
            }
            if (config.applicationKey().isEmpty() || config.passwd().isEmpty()) {
                throw new ProblemException(Problem.of(503, "POS_NOT_CONFIGURED", "Service Unavailable",
                        "The PBT credentials of this gateway are not configured (gateway.pos.application-key, "
                                + "gateway.pos.passwd)."));
            }
            URI popup = config.popupUrl();
            return new PosSettings(popup.toString(), origin(popup),
                    new Auth(config.applicationKey().get(), config.passwd().get(), config.terminalId()),
                    config.autoCloseTime().toMillis());
        });
    }

    /** As browsers write {@code event.origin}: lowercase scheme and host, no default port. */
    static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port < 0 || ("http".equals(scheme) && port == 80)
                || ("https".equals(scheme) && port == 443);
        return scheme + "://" + url.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
