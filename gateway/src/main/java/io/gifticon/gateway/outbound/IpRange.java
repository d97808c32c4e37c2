package io.gifticon.gateway.outbound;

import java.net.InetAddress;
import java.util.Arrays;

/** A CIDR block ({@code 10.0.0.0/8}, {@code fc00::/7}) of one address family. */
public record IpRange(byte[] network, int prefix, String text) {

    /** @throws IllegalArgumentException when {@code cidr} is not {@code <literal address>/<prefix>} */
    public static IpRange parse(String cidr) {
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        InetAddress parsed =
                IpLiterals.parse(address).orElseThrow(() -> new IllegalArgumentException("not an IP address: " + cidr));
        byte[] bytes = parsed.getAddress();
        int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
        if (prefix < 0 || prefix > bytes.length * 8) {
            throw new IllegalArgumentException("bad prefix length: " + cidr);
        }
        return new IpRange(mask(bytes, prefix), prefix, cidr);
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && Arrays.equals(mask(bytes, prefix), network);
    }

    private static byte[] mask(byte[] bytes, int prefix) {
        byte[] masked = bytes.clone();
        for (int i = 0; i < masked.length; i++) {
            int bits = Math.max(0, Math.min(8, prefix - i * 8));
            masked[i] = (byte) (masked[i] & (0xFF << (8 - bits)));
        }
        return masked;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpRange r && r.prefix == prefix && Arrays.equals(r.network, network);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(network) * 31 + prefix;
    }

    @Override
    public String toString() {
        return text;
    }
}
