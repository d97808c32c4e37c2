package io.gifticon.gateway.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * IP address literals without any name look-up. {@link #parse} accepts only the canonical forms (IPv4 dotted
 * quad in decimal without leading zeros, IPv6 without zone); {@link #anyIpv4Notation} also reads what C's
 * {@code inet_aton} (and so curl, browsers' URL parsers, many HTTP clients) accept — {@code 127.1},
 * {@code 0x7f.1}, {@code 017700000001}, {@code 2130706433} — so that such a host is recognised as the address it
 * denotes instead of being taken for a name.
 */
public final class IpLiterals {
    private IpLiterals() {}

    public static Optional<InetAddress> parse(String text) {
        String host = unbracket(text);
        if (host.indexOf(':') >= 0) {
            if (host.indexOf('%') >= 0 || !host.matches("[0-9A-Fa-f:.]+")) {
                return Optional.empty(); // zone ids and anything that is not a plain IPv6 literal
            }
            try {
                return Optional.of(InetAddress.getByName(host)); // a literal with ':' is never looked up
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (!part.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(part) > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) Integer.parseInt(part);
        }
        return Optional.of(address(bytes));
    }

    /** The IPv4 address an {@code inet_aton} notation denotes (1 to 4 parts, each decimal, 0-octal or 0x-hex). */
    public static Optional<InetAddress> anyIpv4Notation(String text) {
        String host = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        String[] parts = host.split("\\.", -1);
        if (parts.length < 1 || parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Optional<Long> value = number(parts[i]);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values[i] = value.get();
        }
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 255) {
                return Optional.empty();
            }
            address |= values[i] << (24 - 8 * i);
        }
        long last = values[values.length - 1];
        if (last >= 1L << (32 - 8 * (values.length - 1))) {
            return Optional.empty();
        }
        address |= last;
        return Optional.of(address(
                new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address}));
    }

    private static Optional<Long> number(String part) {
        try {
            if (part.matches("0[xX][0-9A-Fa-f]*")) {
                return Optional.of(part.length() == 2 ? 0L : Long.parseLong(part.substring(2), 16));
            }
            if (part.matches("0[0-7]+")) {
                return Optional.of(Long.parseLong(part.substring(1), 8));
            }
            if (part.matches("0|[1-9][0-9]*")) {
                return Optional.of(Long.parseLong(part));
            }
        } catch (NumberFormatException tooLong) {
            return Optional.of(Long.MAX_VALUE);
        }
        return Optional.empty();
    }

    static String unbracket(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
