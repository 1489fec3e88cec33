package dev.peregrine.bench.correlation;

import java.io.Writer;

/**
 * The daemon's JSON alert channel, as a {@link Writer}: the daemon's {@code JsonLinesSink} writes each Falco JSON
 * alert as one {@code write} followed by a flush, on the daemon's consumer thread, so the moment of that write is the
 * alert's delivery at the daemon's sink. It reads the clock first, then finds the rule and {@code output_fields
 * ."evt.time"} (the kernel event's time: its CLOCK_MONOTONIC timestamp shifted to the epoch by the probe's offset)
 * and records delivery minus event time. No allocation, a few hundred characters scanned per alert.
 */
final class AlertClock extends Writer {

    /** Rules of {@link BenchRules}, by the character after their common prefix. */
    static final String RULE_PREFIX = "pg-bench ";
    private static final char[] RULE_KEY = "\"rule\":\"pg-bench ".toCharArray();
    private static final char[] TIME_KEY = "\"evt.time\":".toCharArray();

    final LatencyLog kernel = new LatencyLog(1 << 17);
    final LatencyLog joined = new LatencyLog(1 << 17);
    final LatencyLog unjoined = new LatencyLog(1 << 17);
    private final long epochMinusMonotonic;
    private volatile long otherAlerts;
    /** The first alert of none of the benchmark's rules (a drop alert, say), for the report. */
    private volatile String firstOther;
    /** The first joined alert, to show in the report what a correlated alert carries. */
    private volatile String firstJoined;

    /** @param epochMinusMonotonic CLOCK_REALTIME - CLOCK_MONOTONIC, measured as the probe measures it */
    AlertClock(long epochMinusMonotonic) {
        this.epochMinusMonotonic = epochMinusMonotonic;
    }

    @Override
    public void write(char[] c, int off, int len) {
        long now = System.nanoTime();
        int end = off + len;
        int rule = find(c, off, end, RULE_KEY);
        int time = find(c, off, end, TIME_KEY);
        if (rule < 0 || time < 0 || rule >= end) {
            other(c, off, len);
            return;
        }
        long epoch = 0;
        for (int i = time; i < end && c[i] >= '0' && c[i] <= '9'; i++) {
            epoch = epoch * 10 + (c[i] - '0');
        }
        long eventMono = epoch - epochMinusMonotonic;
        LatencyLog log = switch (c[rule]) {
            case 'k' -> kernel;
            case 'j' -> joined;
            case 'u' -> unjoined;
            default -> null;
        };
        if (log == null) {
            other(c, off, len);
            return;
        }
        log.record(eventMono, now - eventMono);
        if (log == joined && firstJoined == null) {
            firstJoined = new String(c, off, len).trim();
        }
    }

    /** Index just after {@code key} in {@code c[from, to)}, or -1. */
    private static int find(char[] c, int from, int to, char[] key) {
        outer:
        for (int i = from; i <= to - key.length; i++) {
            for (int j = 0; j < key.length; j++) {
                if (c[i + j] != key[j]) {
                    continue outer;
                }
            }
            return i + key.length;
        }
        return -1;
    }

    private void other(char[] c, int off, int len) {
        if (otherAlerts++ == 0) {
            firstOther = new String(c, off, len).trim();
        }
    }

    long otherAlerts() {
        return otherAlerts;
    }

    String firstOther() {
        return firstOther;
    }

    String firstJoined() {
        return firstJoined;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
