package dev.peregrine.bench.correlation;

import java.util.List;

/**
 * Prints the latency phases, their ratios against the baselines of the same run (the bare probe for the daemon's
 * pipeline, the uncorrelated path for the join, the idle phase for the load) and the targets.
 */
final class LatencyReport {

    private static final double IDLE_TARGET_MS = 10;
    private static final double LOADED_TARGET_MS = 50;

    private LatencyReport() {
    }

    static void print(BenchSettings s, List<PhaseResult> bare, List<PhaseResult> daemon, String gap, AlertClock clock) {
        System.out.printf("Syscall-to-alert latency: daemon in this JVM (real eBPF, rules: 3 open rules), latency ="
                        + " alert written to the daemon's JSON sink - kernel event time (CLOCK_MONOTONIC);%n"
                        + "  triggers: %d opens/s for %d s per phase; loaded = background %,d opens/s of another file"
                        + " (captured and evaluated, no alert) pinned to CPU %d%n",
                s.triggerRate(), s.seconds(), s.loadRate(), s.loadCpu());
        System.out.println(PhaseResult.header());
        for (PhaseResult r : bare) {
            System.out.println(r.line());
        }
        for (PhaseResult r : daemon) {
            System.out.println(r.line());
        }
        for (String load : List.of("idle", "loaded")) {
            PhaseResult b = find(bare, "ring delivery only (bare probe), " + load);
            PhaseResult u = find(daemon, "uncorrelated, " + load);
            PhaseResult c = find(daemon, "correlated (JVM + agent), " + load);
            System.out.printf("  %-7s uncorrelated/bare probe: p50 %s p99 %s   correlated/uncorrelated: p50 %s p99 %s%n",
                    load + ":", ratio(u, b, 0.5), ratio(u, b, 0.99), ratio(c, u, 0.5), ratio(c, u, 0.99));
        }
        for (String path : List.of("uncorrelated", "correlated (JVM + agent)")) {
            PhaseResult idle = find(daemon, path + ", idle");
            PhaseResult loaded = find(daemon, path + ", loaded");
            System.out.printf("  %s loaded/idle: p50 %s p99 %s%n", path, ratio(loaded, idle, 0.5),
                    ratio(loaded, idle, 0.99));
        }
        for (PhaseResult r : daemon) {
            double target = r.name().endsWith("idle") ? IDLE_TARGET_MS : LOADED_TARGET_MS;
            double p99 = r.millis(0.99);
            System.out.printf("  target p99 <= %.0f ms, %s: %s (p99 %.3f ms)%n", target, r.name(),
                    p99 <= target ? "MET" : "NOT MET", p99);
        }
        if (clock.firstJoined() != null) {
            System.out.println("  first correlated alert: " + clock.firstJoined());
        }
        if (gap != null) {
            System.out.println("  GAP: correlated latency not measured: " + gap);
        }
        if (clock.otherAlerts() > 0 || clock.kernel.overflow() + clock.joined.overflow() > 0) {
            System.out.printf("  other alerts: %d (first: %s), samples beyond capacity: %d%n", clock.otherAlerts(),
                    clock.firstOther(), clock.kernel.overflow() + clock.joined.overflow());
        }
    }

    private static PhaseResult find(List<PhaseResult> results, String name) {
        for (PhaseResult r : results) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    private static String ratio(PhaseResult a, PhaseResult b, double q) {
        if (a == null || b == null || a.sorted().length == 0 || b.sorted().length == 0) {
            return "  n/a";
        }
        return String.format("%5.2f", a.millis(q) / b.millis(q));
    }
}
