package dev.peregrine.bench.correlation;

import java.io.IOException;

/**
 * The background load of a loaded phase: the C generator opening a file no rule matches at the configured rate
 * (100 K opens/s by default: 100 K events/s the rules capture and evaluate), pinned to one CPU, started half a
 * second before the measured window and running half a second past it.
 */
final class Load {

    private static final long LEAD_MILLIS = 500;
    private final LoadProcess process;
    private final int rate;

    private Load(LoadProcess process, int rate) {
        this.process = process;
        this.rate = rate;
    }

    static Load start(BenchSettings s, BenchRules rules) throws IOException, InterruptedException {
        LoadProcess p = LoadProcess.start(s.loadGen(), rules.loadFile, s.loadRate(), s.seconds() + 2 * LEAD_MILLIS / 1e3,
                s.loadCpu());
        Thread.sleep(LEAD_MILLIS);
        return new Load(p, s.loadRate());
    }

    /** Waits for the generator; describes the rate it really achieved (a busy machine may not reach the target). */
    String finish() throws IOException, InterruptedException {
        long[] done = process.await();
        double achieved = done[0] * 1e9 / done[1];
        return String.format("background %,.0f opens/s (asked %,d)", achieved, rate);
    }
}
