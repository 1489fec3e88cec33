package dev.peregrine.bench.correlation;

/**
 * One measured phase: the sorted latencies of the alerts (or bare-probe records) of the events that happened during
 * it, how many the triggers made ({@code expected}, -1 when unknown), and a free note (load achieved, misses).
 */
record PhaseResult(String name, long[] sorted, long expected, String note) {

    /** The q-quantile (nearest rank) in milliseconds; NaN without samples. */
    double millis(double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    double maxMillis() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
    }

    String line() {
        String n = expected < 0 ? String.format("%,d", sorted.length)
                : String.format("%,d/%,d", sorted.length, expected);
        double min = sorted.length == 0 ? Double.NaN : sorted[0] / 1e6;
        return String.format("  %-44s %7.3f %8.3f %8.3f %8.3f %8.3f %8.3f  %13s  %s", name, min, millis(0.50),
                millis(0.90), millis(0.99), millis(0.999), maxMillis(), n, note);
    }

    static String header() {
        return String.format("  %-44s %7s %8s %8s %8s %8s %8s  %13s", "events (latency in ms)", "min", "p50", "p90",
                "p99", "p99.9", "max", "alerts/events");
    }
}
