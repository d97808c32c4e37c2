package io.gifticon.gateway.auth;

import io.gifticon.gateway.proxy.ServiceProxy;
import io.gifticon.web.ErrorCode;
import io.gifticon.web.Problem;
import io.gifticon.web.ProblemException;
import io.vertx.ext.web.RoutingContext;

/** The client that {@link ServiceProxy} authenticated for one of the gateway's own endpoints. */
public final class CallingClient {
    private CallingClient() {}

    public static ApiClient of(RoutingContext ctx) {
        ApiClient client = ctx == null ? null : ctx.get(ServiceProxy.CLIENT);
        if (client == null) {
            throw new ProblemException(
                    Problem.of(ErrorCode.UNAUTHENTICATED, "Send a valid key in the X-Api-Key header."));
        }
        return client;
    }
}
