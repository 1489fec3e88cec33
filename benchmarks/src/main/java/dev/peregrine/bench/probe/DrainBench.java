package dev.peregrine.bench.probe;

import dev.peregrine.probe.kernel.EventLayout;
import dev.peregrine.probe.kernel.KernelProbe;
import dev.peregrine.probe.kernel.ProbeConfig;

import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.util.BitSet;

/**
 * Benchmark 1, consumer drain rate over the real kernel ring: with only getppid wanted, a C generator makes a burst
 * of getppid calls that fills ~90% of the ring while nobody drains it; then the real consumer (KernelProbe.poll:
 * RingConsumer protocol + SyscallRecord decoding + a handler reading six fields) drains it, timed. Baseline, same
 * run: a plain loop reading the same values from as many records of the same size in ordinary memory.
 */
final class DrainBench {

    /** bpf_ringbuf_hdr + struct pg_event, no variable fields: a getppid record. */
    static final int RECORD_BYTES = EventLayout.SIZE + 8;

    private DrainBench() {
    }

    static void run(LoadGen gen, BenchSettings s, PrintStream out) {
        BitSet wanted = new BitSet();
        wanted.set(SyntheticRing.GETPPID);
        int perBurst = (int) (s.drainRingBytes() * 0.9 / RECORD_BYTES);
        int bursts = s.warmups() + s.rounds();
        double[] rates = new double[s.rounds()];
        long events = 0;
        DecodingHandler handler = new DecodingHandler();
        long drops;
        try (KernelProbe probe = KernelProbe.open(new ProbeConfig(s.drainRingBytes(), wanted,
                (int) ProcessHandle.current().pid()))) {
            for (int b = 0; b < bursts; b++) {
                gen.run("getppid", "-n", Integer.toString(perBurst), "-c", Integer.toString(s.generatorCpu()));
                long before = handler.events();
                long t0 = System.nanoTime();
                while (probe.poll(handler, 0) > 0) {
                    // drain until caught up
                }
                long t1 = System.nanoTime();
                long n = handler.events() - before;
                if (b >= s.warmups()) {
                    rates[b - s.warmups()] = n * 1e9 / (t1 - t0);
                    events += n;
                }
            }
            drops = probe.dropCounts().total();
        }
        double[] base = baseline(perBurst, bursts, s.warmups());
        double decoded = Stats.median(rates);
        double plain = Stats.median(base);
        out.printf("%n== 1. Consumer drain rate (real kernel ring, %d MiB, %d getppid records of %d B per burst) ==%n",
                s.drainRingBytes() >> 20, perBurst, RECORD_BYTES);
        out.printf("  consumer: %s%n", handler.describe());
        out.printf("  drain (KernelProbe.poll):  median %,12.0f events/s  (min %,.0f max %,.0f over %d bursts, %d events)%n",
                decoded, Stats.min(rates), Stats.max(rates), rates.length, events);
        out.printf("  baseline (plain loop, same values, ordinary memory): median %,12.0f records/s%n", plain);
        out.printf("  ratio drain/baseline: %.2f   (%.1f ns/event vs %.1f ns/record)   target >= 20 M events/s: %s%n",
                decoded / plain, 1e9 / decoded, 1e9 / plain, decoded >= 20e6 ? "MET" : "NOT MET");
        out.printf("  kernel drops during fill: %d (expected 0: bursts are sized to 90%% of the ring); checksum %d%n",
                drops, handler.checksum() & 0xff);
    }

    private static double[] baseline(int records, int repeats, int warmups) {
        double[] rates = new double[repeats - warmups];
        long sink = 0;
        try (Arena arena = Arena.ofConfined()) {
            long ring = Long.highestOneBit((long) records * RECORD_BYTES) * 2;
            SyntheticRing r = new SyntheticRing(arena, ring, null);
            long bytes = (long) Math.min(records, r.records) * r.stride;
            long n = bytes / r.stride;
            for (int i = 0; i < repeats; i++) {
                long t0 = System.nanoTime();
                sink += SyntheticRing.plainScan(r.data, bytes);
                long t1 = System.nanoTime();
                if (i >= warmups) {
                    rates[i - warmups] = n * 1e9 / (t1 - t0);
                }
            }
        }
        if (sink == 42) {
            System.out.print(""); // keeps the scan's result alive
        }
        return rates;
    }
}
