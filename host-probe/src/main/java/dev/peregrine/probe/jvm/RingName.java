package dev.peregrine.probe.jvm;

/**
 * What a ring's file name says: {@code <pid>.ring} for a JVM in the probe's PID namespace, or
 * {@code <pid>-<start time>-<pid namespace inode>-<nonce hex>.ring} for a JVM in another one (a container), all as
 * the JVM sees them ({@link dev.peregrine.engine.transport.RingLayout#namespacedFileName}). Only a claim: the header
 * must say the same, and {@link HostProcess} finds the one host process it may be.
 *
 * @param pidNamespace 0 for a plain {@code <pid>.ring}
 * @param startTime    -1 for a plain {@code <pid>.ring} (its header says it)
 */
record RingName(long pid, long startTime, long pidNamespace) {

    private static final int MAX_NAME = 80;

    boolean namespaced() {
        return pidNamespace != 0;
    }

    /** The name's claims, or null for any other name (temporary files, the probe's own, strangers). */
    static RingName parse(String name) {
        if (!name.endsWith(".ring") || name.length() > MAX_NAME) {
            return null;
        }
        String[] f = name.substring(0, name.length() - 5).split("-", -1);
        if (f.length == 1) {
            long pid = decimal(f[0], 10);
            return pid > 0 ? new RingName(pid, -1, 0) : null;
        }
        if (f.length != 4 || f[3].isEmpty() || f[3].length() > 16 || !f[3].chars().allMatch(RingName::isHex)) {
            return null;
        }
        long pid = decimal(f[0], 10);
        long start = decimal(f[1], 18);
        long ns = decimal(f[2], 18);
        return pid > 0 && start >= 0 && ns > 0 ? new RingName(pid, start, ns) : null;
    }

    /** Digits only (no sign, no spaces), at most {@code maxDigits}; -1 otherwise. */
    private static long decimal(String s, int maxDigits) {
        if (s.isEmpty() || s.length() > maxDigits) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }
}
