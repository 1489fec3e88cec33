package dev.peregrine.engine.transport;

/**
 * The {@code NSpid:} line of a {@code /proc/PID/status} (or {@code task/TID/status}) file: the task's id in each
 * PID namespace from the one of the /proc mount that was read down to the task's own. The agent reads its own
 * namespace's ids from it; the probe, reading the host's /proc, matches a ring's ids (the last entry) to host ids
 * (the first).
 */
public final class ProcNsPid {

    private ProcNsPid() {
    }

    /** The line's ids, outermost first; null when the text has no such line or it is malformed. */
    public static long[] parse(String status) {
        int at = status.startsWith("NSpid:") ? 0 : status.indexOf("\nNSpid:");
        if (at < 0) {
            return null;
        }
        int from = status.indexOf(':', at) + 1;
        int end = status.indexOf('\n', from);
        String[] f = status.substring(from, end < 0 ? status.length() : end).trim().split("\\s+");
        long[] out = new long[f.length];
        try {
            for (int i = 0; i < f.length; i++) {
                out[i] = Long.parseLong(f[i]);
                if (out[i] <= 0) {
                    return null;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return out;
    }

    /** The task's id in its own namespace (the last entry), or -1. */
    public static long innermost(String status) {
        long[] ids = parse(status);
        return ids == null ? -1 : ids[ids.length - 1];
    }
}
