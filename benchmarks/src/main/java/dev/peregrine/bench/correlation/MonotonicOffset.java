package dev.peregrine.bench.correlation;

import java.time.Instant;

/**
 * CLOCK_REALTIME - CLOCK_MONOTONIC, the offset the probe adds to a kernel timestamp (bpf_ktime_get_ns) to give an
 * alert its epoch time, measured the way the probe measures it (tightest of a few monotonic/realtime/monotonic
 * readings). On Linux, {@link System#nanoTime} reads CLOCK_MONOTONIC and {@link Instant#now} CLOCK_REALTIME with
 * nanosecond resolution. Taken right after the probe took its own, the two differ by a few microseconds: noise far
 * below the milliseconds measured.
 */
final class MonotonicOffset {

    private MonotonicOffset() {
    }

    static long measure() {
        long best = 0;
        long bestWidth = Long.MAX_VALUE;
        for (int i = 0; i < 20; i++) {
            long m1 = System.nanoTime();
            Instant r = Instant.now();
            long m2 = System.nanoTime();
            if (m2 - m1 < bestWidth) {
                bestWidth = m2 - m1;
                best = r.getEpochSecond() * 1_000_000_000L + r.getNano() - (m1 + (m2 - m1) / 2);
            }
        }
        return best;
    }
}
