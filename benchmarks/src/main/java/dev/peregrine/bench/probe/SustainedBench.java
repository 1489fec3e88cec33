package dev.peregrine.bench.probe;

import dev.peregrine.probe.kernel.KernelProbe;
import dev.peregrine.probe.kernel.ProbeConfig;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Benchmark 3, sustained rate: N generator processes pinned to the generator CPU call getppid at a paced total rate
 * (getppid is made wanted for this: the cheapest syscall to produce, so the generators can outrun the consumer on
 * this machine), while one consumer thread drains. Each step runs for a fixed time at a higher target rate; the
 * answer is the highest produced rate with zero kernel drops. Run the JVM confined to the other CPUs
 * (run-probe-bench.sh uses taskset) so the consumer has exactly one core.
 */
final class SustainedBench {

    private SustainedBench() {
    }

    static void run(LoadGen gen, BenchSettings s, EventSink sink, ConsumerThread.Strategy strategy, BitSet extraWanted,
                    PrintStream out) {
        BitSet wanted = (BitSet) extraWanted.clone();
        wanted.set(SyntheticRing.GETPPID);
        out.printf("%n== 3. Sustained rate, one consumer core (%d generator processes on CPU %d, %.1f s per step,"
                + " ring %d MiB) ==%n", s.processes(), s.generatorCpu(), s.stepSeconds(), s.sustainedRingBytes() >> 20);
        out.printf("  consumer: %s, %s; wanted: getppid + %d other slots%n", sink.describe(),
                strategy.name().toLowerCase(), extraWanted.cardinality());
        double best = 0;
        try (KernelProbe probe = KernelProbe.open(ProbeConfig.defaults().withWanted(wanted)
                .withRingBytes(s.sustainedRingBytes()));
             ConsumerThread consumer = new ConsumerThread(probe, sink, strategy)) {
            for (long target : s.rateSteps()) {
                long drops0 = probe.dropCounts().total();
                long events0 = consumer.events();
                long t0 = System.nanoTime();
                long produced = produce(gen, s, target);
                long t1 = System.nanoTime();
                Thread.sleep(200); // let the consumer catch up on what is queued
                long consumedEvents = consumer.events() - events0;
                long drops = probe.dropCounts().total() - drops0;
                double seconds = (t1 - t0) / 1e9;
                double rate = produced / seconds;
                out.printf("  target %-10s produced %,12.0f ev/s  consumed %,12.0f ev/s  drops %,10d  backlog %,d B%s%n",
                        target == 0 ? "unlimited" : String.format("%,d", target), rate, consumedEvents / seconds, drops,
                        probe.pendingBytes(), drops == 0 ? "" : "  <- drops");
                if (drops == 0) {
                    best = Math.max(best, rate);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.printf("  highest produced rate with zero drops: %,.0f events/s   target >= 1 M events/s: %s%n", best,
                best >= 1e6 ? "MET" : "NOT MET");
    }

    /** Runs the generators for one step; returns the getppid calls they made (= events sent). */
    private static long produce(LoadGen gen, BenchSettings s, long totalRate) {
        List<Process> running = new ArrayList<>();
        String perProcess = Long.toString(totalRate / s.processes());
        for (int i = 0; i < s.processes(); i++) {
            running.add(gen.start("getppid", "-t", Double.toString(s.stepSeconds()), "-r", perProcess, "-c",
                    Integer.toString(s.generatorCpu())));
        }
        long ops = 0;
        for (Process p : running) {
            ops += LoadGen.await(p).ops();
        }
        return ops;
    }
}
