package dev.peregrine.bench.correlation;

/**
 * Entry point of the correlation benchmarks (issue 5): {@code ring} (throughput of the agent → probe ring) and
 * {@code latency} (syscall-to-alert through the real daemon, root and eBPF needed). Run by
 * benchmarks/run-correlation-bench.sh, which builds the jar, the C load generator and the agent jar first.
 */
public final class CorrelationBench {

    private CorrelationBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.parse(args);
        for (String part : settings.parts()) {
            if (part.equals("ring")) {
                new RingThroughputBench(settings).run();
            } else {
                new LatencyBench(settings).run();
            }
        }
    }
}
