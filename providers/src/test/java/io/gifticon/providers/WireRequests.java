package io.gifticon.providers;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what a client put on the wire, to pin every field exactly. */
public final class WireRequests {

    private WireRequests() {}

    /** The only request WireMock received; fails if there were none or several. */
    public static LoggedRequest single(WireMockServer server) {
        List<LoggedRequest> all = server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
        if (all.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + all.size() + ": " + all);
        }
        return all.get(0);
    }

    /** {@code a=1&b=2} (form body or query string) as an ordered map, decoded as UTF-8. */
    public static Map<String, String> fields(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (fields.put(name, value) != null) {
                throw new AssertionError("field sent twice: " + name);
            }
        }
        return fields;
    }

    /** The query string of a logged request's URL. */
    public static Map<String, String> query(LoggedRequest request) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        return fields(q < 0 ? "" : url.substring(q + 1));
    }

    /** The path of a logged request's URL, without the query string. */
    public static String path(LoggedRequest request) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
