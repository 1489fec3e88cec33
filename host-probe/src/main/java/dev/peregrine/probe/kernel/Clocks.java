package dev.peregrine.probe.kernel;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.peregrine.probe.bpf.NativeCall;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * The offset from CLOCK_MONOTONIC (bpf_ktime_get_ns) to CLOCK_REALTIME, to turn kernel timestamps into epoch time.
 * Measured with clock_gettime itself: Java's clocks are not specified to be CLOCK_MONOTONIC.
 */
final class Clocks {

    private static final int CLOCK_REALTIME = 0;
    private static final int CLOCK_MONOTONIC = 1;
    // int clock_gettime(clockid_t clk, struct timespec *tp)
    private static final MethodHandle CLOCK_GETTIME =
            NativeCall.libc("clock_gettime", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS), false);

    private Clocks() {
    }

    /** realtime - monotonic, taking the tightest of a few samples. */
    static long realtimeMinusMonotonic() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ts = arena.allocate(16, 8);
            long best = 0;
            long bestWidth = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long m1 = read(ts, CLOCK_MONOTONIC);
                long r = read(ts, CLOCK_REALTIME);
                long m2 = read(ts, CLOCK_MONOTONIC);
                if (m2 - m1 < bestWidth) {
                    bestWidth = m2 - m1;
                    best = r - (m1 + (m2 - m1) / 2);
                }
            }
            return best;
        }
    }

    private static long read(MemorySegment ts, int clock) {
        try {
            int rc = (int) CLOCK_GETTIME.invokeExact(clock, ts);
            if (rc != 0) {
                throw new IllegalStateException("clock_gettime(" + clock + ") failed");
            }
        } catch (IllegalStateException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("clock_gettime", t);
        }
        return ts.get(JAVA_LONG, 0) * 1_000_000_000L + ts.get(JAVA_LONG, 8);
    }
}
