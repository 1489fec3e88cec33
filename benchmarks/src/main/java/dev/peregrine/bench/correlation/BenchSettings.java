package dev.peregrine.bench.correlation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line of {@link CorrelationBench}: {@code [--smoke] [--work DIR] [--load-gen PATH] [--agent-jar PATH]
 * [--cpu N] [--rate N] [--seconds N] [--load-rate N] [--ring-records N] [ring] [latency]}. Smoke mode shrinks every count so that CI
 * proves the harness still runs; its figures mean nothing.
 */
record BenchSettings(boolean smoke, Path workDir, Path loadGen, Path agentJar, int loadCpu, int triggerRate,
                     int seconds, int loadRate, long ringRecords, List<String> parts) {

    static BenchSettings parse(String[] args) {
        boolean smoke = false;
        Path work = Path.of("/tmp/peregrine-correlation-bench");
        Path loadGen = null;
        Path agentJar = null;
        int cpu = Runtime.getRuntime().availableProcessors() - 1;
        int rate = -1;
        int seconds = -1;
        int loadRate = 100_000;
        long ringRecords = 500_000;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--work" -> work = Path.of(args[++i]);
                case "--load-gen" -> loadGen = Path.of(args[++i]);
                case "--agent-jar" -> agentJar = Path.of(args[++i]);
                case "--cpu" -> cpu = Integer.parseInt(args[++i]);
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--load-rate" -> loadRate = Integer.parseInt(args[++i]);
                case "--ring-records" -> ringRecords = Long.parseLong(args[++i]);
                case "ring", "latency" -> parts.add(args[i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: [--smoke]"
                        + " [--work DIR] [--load-gen PATH] [--agent-jar PATH] [--cpu N] [--rate N] [--seconds N]"
                        + " [--load-rate N] [--ring-records N] [ring] [latency]");
            }
        }
        if (parts.isEmpty()) {
            parts = List.of("ring", "latency");
        }
        return new BenchSettings(smoke, work, loadGen, agentJar, cpu, rate > 0 ? rate : smoke ? 50 : 200,
                seconds > 0 ? seconds : smoke ? 1 : 10, smoke ? Math.min(loadRate, 10_000) : loadRate, ringRecords,
                List.copyOf(parts));
    }

    /** Unmeasured run before the bare probe's phases. */
    double warmUpSeconds() {
        return smoke ? 0.3 : 2;
    }

    /** The agent's default ring size. */
    int ringBytes() {
        return 1 << 20;
    }

    /** Records per round of the ring benchmark. */
    long ringRecordsPerRound() {
        return smoke ? 20_000 : ringRecords;
    }

    int warmups() {
        return smoke ? 0 : 2;
    }

    int rounds() {
        return smoke ? 1 : 7;
    }
}
