package dev.peregrine.probe.jvm;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How many namespaced ring claims each user may have checked per second. Checking one costs the probe a pass over
 * /proc ({@link HostProcess}), and anyone who may create rings (the directory can be world-writable, sticky) could
 * otherwise make the root daemon scan /proc in a loop with made-up names. A token bucket per owner uid: a user's
 * flood delays only that user's rings, never another's. Single-threaded (the daemon's consumer).
 */
final class ClaimBudget {

    static final int BURST = 16;
    static final long REFILL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** Users tracked at most; beyond, the buckets start over (every user full again). */
    private static final int MAX_USERS = 4096;

    private final Map<Integer, long[]> buckets = new HashMap<>();

    /** Takes one check for {@code uid} if it has one left at {@code now} (nanoTime); false when spent. */
    boolean tryTake(int uid, long now) {
        if (buckets.size() >= MAX_USERS && !buckets.containsKey(uid)) {
            buckets.clear();
        }
        // {tokens, time of the last refill}
        long[] b = buckets.computeIfAbsent(uid, u -> new long[] {BURST, now});
        long refills = (now - b[1]) / REFILL_NANOS;
        if (refills > 0) {
            b[0] = Math.min(BURST, b[0] + refills);
            b[1] += refills * REFILL_NANOS;
        }
        if (b[0] == 0) {
            return false;
        }
        b[0]--;
        return true;
    }
}
