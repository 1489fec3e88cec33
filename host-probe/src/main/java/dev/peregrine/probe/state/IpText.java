package dev.peregrine.probe.state;

/**
 * IP addresses as Falco prints them: dotted quad for IPv4; for IPv6 the compressed RFC 5952 form, except that
 * IPv4-mapped addresses ({@code ::ffff:a.b.c.d}) are printed and typed as IPv4, as Falco does.
 */
public final class IpText {
    private IpText() {
    }

    /** {@code addr} holds the four bytes in network order, most significant first ({@code 127.0.0.1 = 0x7f000001}). */
    public static String ipv4(int addr) {
        return ((addr >>> 24) & 0xff) + "." + ((addr >>> 16) & 0xff) + "." + ((addr >>> 8) & 0xff) + "." + (addr & 0xff);
    }

    /** Whether the 16 bytes {@code hi:lo} (network order, big-endian halves) are an IPv4-mapped address. */
    public static boolean isV4Mapped(long hi, long lo) {
        return hi == 0 && (lo >>> 32) == 0xffffL;
    }

    /** The IPv6 address whose 16 bytes are {@code hi} then {@code lo}, each big-endian. */
    public static String ipv6(long hi, long lo) {
        if (isV4Mapped(hi, lo)) {
            return ipv4((int) lo);
        }
        int[] g = new int[8];
        for (int i = 0; i < 4; i++) {
            g[i] = (int) (hi >>> (48 - 16 * i)) & 0xffff;
            g[i + 4] = (int) (lo >>> (48 - 16 * i)) & 0xffff;
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
