package dev.peregrine.probe.correlate;

/**
 * The brackets of the last JVM calls joined, kept for one hold window: a safety net for a kernel event that
 * reaches the correlator after its JVM call was already handled (the daemon reads the kernel side first, so this
 * takes a reader overtaking itself, e.g. a record reserved before but committed after the JVM's). Such an event
 * is no longer joined, but it is not called unexplained either. A fixed ring of plain longs: no allocation.
 */
final class RecentBrackets {

    private final int[] pid;
    private final int[] tid;
    private final long[] begin;
    private final long[] end;
    private final long[] seen;
    private int next;

    RecentBrackets(int capacity) {
        pid = new int[capacity];
        tid = new int[capacity];
        begin = new long[capacity];
        end = new long[capacity];
        seen = new long[capacity];
    }

    void add(int p, int t, long b, long e, long now) {
        int i = next;
        next = (next + 1) % pid.length;
        pid[i] = p;
        tid[i] = t;
        begin[i] = b;
        end[i] = e;
        seen[i] = now;
    }

    /** True when a call of thread {@code t} of JVM {@code p} seen since {@code since} covers {@code nanos}. */
    boolean covers(int p, int t, long nanos, long since) {
        for (int i = 0; i < pid.length; i++) {
            if (tid[i] == t && pid[i] == p && seen[i] >= since && begin[i] <= nanos && nanos <= end[i]) {
                return true;
            }
        }
        return false;
    }
}
