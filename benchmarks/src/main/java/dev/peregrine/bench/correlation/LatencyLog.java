package dev.peregrine.bench.correlation;

import java.util.Arrays;

/**
 * Latency samples of one kind, written by one thread (the daemon's consumer, or the bare probe's), read by the
 * harness between phases: each sample is the kernel event's CLOCK_MONOTONIC time and its latency. Preallocated, so
 * recording allocates nothing; the count is published with a volatile store after the sample, so a reader that sees
 * the count sees the sample. Beyond the capacity samples are counted, not kept.
 */
final class LatencyLog {

    private final long[] eventNanos;
    private final long[] latencyNanos;
    private volatile int size;
    private long overflow;

    LatencyLog(int capacity) {
        eventNanos = new long[capacity];
        latencyNanos = new long[capacity];
    }

    /** Single writer thread. */
    void record(long eventMonoNanos, long latency) {
        int n = size;
        if (n == eventNanos.length) {
            overflow++;
            return;
        }
        eventNanos[n] = eventMonoNanos;
        latencyNanos[n] = latency;
        size = n + 1;
    }

    /** The latencies of the events that happened in {@code [from, to)}, sorted. */
    long[] window(long from, long to) {
        int n = size;
        long[] out = new long[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (eventNanos[i] >= from && eventNanos[i] < to) {
                out[k++] = latencyNanos[i];
            }
        }
        long[] sorted = Arrays.copyOf(out, k);
        Arrays.sort(sorted);
        return sorted;
    }

    int size() {
        return size;
    }

    long overflow() {
        return overflow;
    }
}
