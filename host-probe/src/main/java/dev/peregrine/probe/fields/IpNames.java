package dev.peregrine.probe.fields;

import dev.peregrine.probe.state.IpText;

/**
 * Brings IP address text from any producer (the kernel decoder uses {@code InetAddress}, which prints
 * {@code 0:0:0:0:0:0:0:1}) to the one form {@link IpText} prints, so {@code fd.sip = "::1"} compares equal
 * whichever path filled the fd. Called when an fd's tuple is built, never per evaluation.
 */
final class IpNames {
    private IpNames() {
    }

    static String normalize(String ip) {
        if (ip == null || ip.indexOf(':') < 0) {
            return ip;
        }
        int scope = ip.indexOf('%');
        String s = scope >= 0 ? ip.substring(0, scope) : ip;
        long[] halves = parse6(s);
        return halves == null ? ip : IpText.ipv6(halves[0], halves[1]);
    }

    static boolean isAny(String ip) {
        String n = normalize(ip);
        return "0.0.0.0".equals(n) || "::".equals(n);
    }

    static String any(boolean v6) {
        return v6 ? "::" : "0.0.0.0";
    }

    /** The 16 bytes of an IPv6 address as two big-endian longs, or {@code null} if malformed. */
    static long[] parse6(String s) {
        int[] groups = new int[8];
        int dbl = s.indexOf("::");
        String head = dbl >= 0 ? s.substring(0, dbl) : s;
        String tail = dbl >= 0 ? s.substring(dbl + 2) : "";
        int[] h = groups(head);
        int[] t = groups(tail);
        if (h == null || t == null || h.length + t.length > 8 || (dbl < 0 && h.length != 8)) {
            return null;
        }
        System.arraycopy(h, 0, groups, 0, h.length);
        System.arraycopy(t, 0, groups, 8 - t.length, t.length);
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 4; i++) {
            hi = hi << 16 | groups[i];
            lo = lo << 16 | groups[i + 4];
        }
        return new long[] {hi, lo};
    }

    private static int[] groups(String part) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] f = part.split(":", -1);
        boolean v4Tail = f[f.length - 1].indexOf('.') >= 0;
        int[] out = new int[f.length + (v4Tail ? 1 : 0)];
        try {
            for (int i = 0; i < f.length - (v4Tail ? 1 : 0); i++) {
                out[i] = Integer.parseInt(f[i], 16);
                if (out[i] > 0xffff || f[i].isEmpty()) {
                    return null;
                }
            }
            if (v4Tail) {
                String[] q = f[f.length - 1].split("\\.");
                if (q.length != 4) {
                    return null;
                }
                out[f.length - 1] = Integer.parseInt(q[0]) << 8 | Integer.parseInt(q[1]);
                out[f.length] = Integer.parseInt(q[2]) << 8 | Integer.parseInt(q[3]);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return out;
    }
}
