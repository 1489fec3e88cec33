package dev.peregrine.engine.eval;

/**
 * An IPv4 or IPv6 network ({@code 10.0.0.0/8}, {@code ::1/128}); a plain address is a /32 or /128 network, which
 * gives address equality. Parsed once from the rule; {@link #contains} parses the event's address per call.
 */
public final class IpNetwork {

    private final boolean v4;
    private final long high;
    private final long low;
    private final int prefix;

    private IpNetwork(boolean v4, long high, long low, int prefix) {
        this.v4 = v4;
        this.high = high;
        this.low = low;
        this.prefix = prefix;
    }

    /** @throws IllegalArgumentException when the text is not an address or CIDR network. */
    public static IpNetwork parse(String text) {
        int slash = text.indexOf('/');
        int end = slash < 0 ? text.length() : slash;
        long v4 = IpAddress.parseV4(text, 0, end);
        long[] v6 = new long[2];
        boolean isV4 = v4 >= 0;
        if (!isV4 && !IpAddress.parseV6(text, 0, end, v6)) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address or network");
        }
        int max = isV4 ? 32 : 128;
        int prefix = max;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > max) {
                throw new IllegalArgumentException("'" + text + "' has an invalid prefix length");
            }
        }
        return isV4 ? new IpNetwork(true, 0, v4, prefix) : new IpNetwork(false, v6[0], v6[1], prefix);
    }

    /** True when the textual address (optionally followed by {@code /len}) lies in this network. */
    public boolean contains(String address) {
        return anyContains(new IpNetwork[] {this}, address);
    }

    /**
     * True when the textual address (optionally followed by {@code /len}) lies in any of {@code networks}. The
     * address is parsed once, not once per network: {@code fd.snet in (rfc_1918_addresses)} checks three.
     */
    public static boolean anyContains(IpNetwork[] networks, String address) {
        int end = address.indexOf('/');
        if (end < 0) {
            end = address.length();
        }
        if (address.indexOf(':') < 0) {
            long ip = IpAddress.parseV4(address, 0, end);
            if (ip < 0) {
                return false;
            }
            for (IpNetwork network : networks) {
                if (network.v4 && network.containsV4(ip)) {
                    return true;
                }
            }
            return false;
        }
        long[] v6 = new long[2];
        if (!IpAddress.parseV6(address, 0, end, v6)) {
            return false;
        }
        for (IpNetwork network : networks) {
            if (network.containsV6(v6[0], v6[1])) {
                return true;
            }
        }
        return false;
    }

    private boolean containsV6(long addressHigh, long addressLow) {
        if (v4) {
            // IPv4-mapped IPv6 (::ffff:a.b.c.d) belongs to IPv4 networks.
            return addressHigh == 0 && (addressLow >>> 32) == 0xffffL && containsV4(addressLow & 0xffffffffL);
        }
        return prefixEquals(high, addressHigh, Math.min(prefix, 64))
                && prefixEquals(low, addressLow, Math.max(prefix - 64, 0));
    }

    private boolean containsV4(long ip) {
        long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        return (ip & mask) == (low & mask);
    }

    private static boolean prefixEquals(long a, long b, int bits) {
        if (bits == 0) {
            return true;
        }
        long mask = bits == 64 ? -1L : -1L << (64 - bits);
        return (a & mask) == (b & mask);
    }
}
