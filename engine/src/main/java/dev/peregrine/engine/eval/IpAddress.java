package dev.peregrine.engine.eval;

/**
 * Parses textual IPv4/IPv6 addresses without DNS (never {@code InetAddress.getByName}, which resolves anything that
 * is not a literal). IPv4 parsing allocates nothing; IPv6 fills a caller's two-long array (high, low 64 bits).
 */
public final class IpAddress {

    private IpAddress() {
    }

    /** The address as an unsigned 32-bit value, or -1 when {@code s[start,end)} is not dotted-quad IPv4. */
    public static long parseV4(CharSequence s, int start, int end) {
        long result = 0;
        int octets = 0;
        int i = start;
        while (i < end) {
            int value = 0;
            int digits = 0;
            while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                value = value * 10 + (s.charAt(i) - '0');
                if (++digits > 3 || value > 255) {
                    return -1;
                }
                i++;
            }
            if (digits == 0 || octets == 4) {
                return -1;
            }
            result = result << 8 | value;
            octets++;
            if (i < end) {
                if (s.charAt(i) != '.' || i + 1 == end) {
                    return -1;
                }
                i++;
            }
        }
        return octets == 4 ? result : -1;
    }

    /** Parses IPv6 {@code s[start,end)} into {@code out[0]} (high) and {@code out[1]} (low); false if invalid. */
    public static boolean parseV6(CharSequence s, int start, int end, long[] out) {
        int[] words = new int[8];
        int n = 0;
        int gap = -1;
        int i = start;
        if (end - start >= 2 && s.charAt(i) == ':' && s.charAt(i + 1) == ':') {
            gap = 0;
            i += 2;
        }
        while (i < end) {
            int j = i;
            int value = 0;
            while (j < end && Character.digit(s.charAt(j), 16) >= 0 && j - i < 5) {
                value = value << 4 | Character.digit(s.charAt(j), 16);
                j++;
            }
            if (j < end && s.charAt(j) == '.') {
                long v4 = parseV4(s, i, end);
                if (v4 < 0 || n > 6) {
                    return false;
                }
                words[n++] = (int) (v4 >>> 16);
                words[n++] = (int) (v4 & 0xffff);
                break;
            }
            if (j == i || j - i > 4 || n == 8) {
                return false;
            }
            words[n++] = value;
            i = j;
            if (i == end) {
                break;
            }
            if (s.charAt(i) != ':' || i + 1 == end) {
                return false;
            }
            i++;
            if (s.charAt(i) == ':') {
                if (gap >= 0) {
                    return false;
                }
                gap = n;
                i++;
            }
        }
        if (gap < 0 ? n != 8 : n > 7) {
            return false;
        }
        int[] full = new int[8];
        int tail = gap < 0 ? 0 : n - gap;
        int head = n - tail;
        System.arraycopy(words, 0, full, 0, head);
        System.arraycopy(words, head, full, 8 - tail, tail);
        out[0] = (long) full[0] << 48 | (long) full[1] << 32 | (long) full[2] << 16 | full[3];
        out[1] = (long) full[4] << 48 | (long) full[5] << 32 | (long) full[6] << 16 | full[7];
        return true;
    }
}
