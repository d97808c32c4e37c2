package io.gifticon.gateway.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Recognises webhook hosts that point inside our own network (literal addresses and internal names only). */
final class WebhookTargets {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private WebhookTargets() {
    }

    static boolean isPrivate(String host) {
        String h = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        if (IPV4.matcher(h).matches() || h.contains(":")) {
            try {
                InetAddress address = InetAddress.getByName(h); // a literal: no DNS look-up
                return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || (address.getAddress().length == 16
                        && (address.getAddress()[0] & 0xfe) == 0xfc); // IPv6 unique local fc00::/7
            } catch (UnknownHostException e) {
                return true;
            }
        }
        return h.equals("localhost") || h.endsWith(".localhost") || !h.contains(".") || h.endsWith(".local")
                || h.endsWith(".internal") || h.endsWith(".svc") || h.contains(".svc.");
    }
}
