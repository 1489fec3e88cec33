package dev.peregrine.bench.probe;

import dev.peregrine.probe.bpf.BpfObject;
import dev.peregrine.probe.kernel.DropCounts;
import dev.peregrine.probe.kernel.KernelProbe;
import dev.peregrine.probe.kernel.ProbeConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark 2, capture overhead: the C generator's loops (getppid; open+close; fork+exec of /bin/true) timed with no
 * probe attached, with only an empty program at the same tracepoint (floor.bpf.c: the price of any syscall
 * tracepoint; the same empty program as a raw_tp, to compare the two attach types), and with the probe attached
 * capturing the default rules' wanted set: with nobody draining (the kernel side alone), and while a consumer thread
 * drains the ring, decoding only or also evaluating the default rules. With {@code --compare-obj}, another build of
 * the probe's object runs undrained and decoding too (before/after of a kernel-side change). Configurations alternate within each round
 * (the order rotates every round) and the probe is attached and detached each time, so slow drifts of the machine hit
 * every configuration alike. Reported: median ns per loop iteration, ratio to detached, and added ns.
 */
final class OverheadBench {

    private static final String[] WORKLOADS = {"getppid", "openclose", "forkexec"};

    private OverheadBench() {
    }

    /**
     * A configuration: detached; attached with nobody draining (a ring big enough to hold the whole run, so the kernel
     * side is measured alone: after the first record the consumer is behind and the kernel sends no wakeups); attached
     * with a consumer that decodes, or that also evaluates the rules.
     */
    private enum Mode {
        DETACHED, FLOOR, FLOOR_RAW, UNDRAINED, UNDRAINED_CMP, DECODE, DECODE_CMP, DECODE_BATCHED, ENGINE,
        ENGINE_BATCHED;

        ConsumerThread.Strategy strategy() {
            return name().endsWith("BATCHED") ? ConsumerThread.Strategy.BATCHED : ConsumerThread.Strategy.WAKEUP;
        }

        boolean engine() {
            return name().startsWith("ENGINE");
        }

        /** Runs a build of the probe (not one of the empty floor programs, not detached). */
        boolean probe() {
            return this != DETACHED && this != FLOOR && this != FLOOR_RAW;
        }

        String label() {
            return switch (this) {
                case FLOOR -> "floor";
                case FLOOR_RAW -> "floor(raw_tp)";
                case UNDRAINED_CMP -> "undrained(cmp)";
                case DECODE_CMP -> "decode(cmp)";
                default -> name().toLowerCase().replace('_', '+');
            };
        }
    }

    /** Holds every record of one configuration's workloads (~50 MB of openat records in a full run). */
    private static final int UNDRAINED_RING_BYTES = 128 << 20;

    static void run(LoadGen gen, BenchSettings s, DefaultRuleSet rules, EngineHandler engine, PrintStream out) {
        List<Mode> modes = new ArrayList<>(List.of(Mode.DETACHED, Mode.UNDRAINED, Mode.DECODE, Mode.DECODE_BATCHED));
        if (s.floorObject() != null) {
            modes.addAll(1, List.of(Mode.FLOOR, Mode.FLOOR_RAW));
        } else {
            out.println("  (no floor object: clang missing? the empty-program floor is not measured)");
        }
        byte[] compare = null;
        if (s.compareObject() != null) {
            compare = read(s.compareObject());
            modes.add(modes.indexOf(Mode.UNDRAINED) + 1, Mode.UNDRAINED_CMP);
            modes.add(modes.indexOf(Mode.DECODE) + 1, Mode.DECODE_CMP);
            out.println("  (cmp) = " + s.compareObject() + ", the rest = the committed object");
        }
        if (engine != null) {
            modes.add(Mode.ENGINE);
            modes.add(Mode.ENGINE_BATCHED);
        }
        double[][][] nsPerOp = new double[modes.size()][WORKLOADS.length][s.rounds()];
        long[] consumed = new long[modes.size()];
        long[] dropped = new long[modes.size()];
        DecodingHandler decode = new DecodingHandler();
        out.printf("%n== 2. Capture overhead (%d rounds, modes alternating; wanted = default rules, %s) ==%n",
                s.rounds(), rules.describeWanted());
        for (int w = -s.warmups(); w < s.rounds(); w++) {
            for (int k = 0; k < modes.size(); k++) {
                int m = Math.floorMod(k + w, modes.size());
                Mode mode = modes.get(m);
                EventSink sink = mode.engine() ? engine : decode;
                double[] perOp = switch (mode) {
                    case DETACHED -> runWorkloads(gen, s);
                    case FLOOR -> floor(gen, s, "pg_floor");
                    case FLOOR_RAW -> floor(gen, s, "pg_floor_raw");
                    case UNDRAINED -> undrained(gen, s, rules, null, m, consumed, dropped);
                    case UNDRAINED_CMP -> undrained(gen, s, rules, compare, m, consumed, dropped);
                    case DECODE_CMP -> attached(gen, s, rules, compare, sink, mode.strategy(), m, consumed, dropped);
                    default -> attached(gen, s, rules, null, sink, mode.strategy(), m, consumed, dropped);
                };
                if (w >= 0) {
                    for (int i = 0; i < WORKLOADS.length; i++) {
                        nsPerOp[m][i][w] = perOp[i];
                    }
                }
            }
        }
        report(out, rules, modes, nsPerOp, consumed, dropped, decode, engine);
    }

    /** The probe attached (the committed object, or {@code elf} if not null) while a consumer thread drains. */
    private static double[] attached(LoadGen gen, BenchSettings s, DefaultRuleSet rules, byte[] elf, EventSink sink,
                                     ConsumerThread.Strategy strategy, int m, long[] consumed, long[] dropped) {
        try (KernelProbe probe = open(ProbeConfig.defaults().withWanted(rules.wanted()), elf)) {
            long before = sink.events();
            double[] perOp;
            try (ConsumerThread consumer = new ConsumerThread(probe, sink, strategy)) {
                perOp = runWorkloads(gen, s);
            }
            DropCounts drops = probe.dropCounts();
            consumed[m] += sink.events() - before;
            dropped[m] += drops.total();
            return perOp;
        }
    }

    /** Only one empty floor program attached at sys_exit: pg_floor (tp_btf) or pg_floor_raw (raw_tp). */
    private static double[] floor(LoadGen gen, BenchSettings s, String program) {
        try (BpfObject floor = BpfObject.open(read(s.floorObject()), "pgfloor")) {
            floor.load();
            floor.attach(program);
            return runWorkloads(gen, s);
        }
    }

    private static double[] undrained(LoadGen gen, BenchSettings s, DefaultRuleSet rules, byte[] elf, int m,
                                      long[] queued, long[] dropped) {
        try (KernelProbe probe = open(ProbeConfig.defaults().withWanted(rules.wanted())
                .withRingBytes(UNDRAINED_RING_BYTES), elf)) {
            double[] perOp = runWorkloads(gen, s);
            queued[m] += probe.pendingBytes();
            dropped[m] += probe.dropCounts().total();
            return perOp;
        }
    }

    private static KernelProbe open(ProbeConfig config, byte[] elf) {
        return elf == null ? KernelProbe.open(config) : KernelProbe.open(config, elf);
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] runWorkloads(LoadGen gen, BenchSettings s) {
        String cpu = Integer.toString(s.generatorCpu());
        long[] counts = {s.getppidOps(), s.opencloseOps(), s.forkexecOps()};
        double[] perOp = new double[WORKLOADS.length];
        for (int i = 0; i < WORKLOADS.length; i++) {
            perOp[i] = gen.run(WORKLOADS[i], "-n", Long.toString(counts[i]), "-c", cpu).nanosPerOp();
        }
        return perOp;
    }

    private static void report(PrintStream out, DefaultRuleSet rules, List<Mode> modes, double[][][] ns, long[] consumed,
                               long[] dropped, DecodingHandler decode, EngineHandler engine) {
        String[] unit = {"getppid", "open+close pair", "fork+exec+wait"};
        double[] target = {60, 250, Double.NaN};
        int floorIndex = modes.indexOf(Mode.FLOOR);
        for (int i = 0; i < WORKLOADS.length; i++) {
            double off = Stats.median(ns[0][i]);
            double floor = floorIndex < 0 ? Double.NaN : Stats.median(ns[floorIndex][i]);
            out.printf("  %-16s %-14s: median %,12.1f ns/op (min %,.1f max %,.1f)%n", unit[i], "detached", off,
                    Stats.min(ns[0][i]), Stats.max(ns[0][i]));
            for (int m = 1; m < modes.size(); m++) {
                double on = Stats.median(ns[m][i]);
                boolean probe = modes.get(m).probe();
                String verdict = (Double.isNaN(floor) || !probe ? "" : String.format("  over floor %+,.1f", on - floor))
                        + (Double.isNaN(target[i]) || !probe ? "" : String.format("  target <= %.0f ns: %s", target[i],
                        on - off <= target[i] ? "MET" : "NOT MET"));
                out.printf("  %-16s %-14s: median %,12.1f ns/op (min %,.1f max %,.1f)  ratio %.3f  added %+,.1f ns%s%n",
                        "", modes.get(m).label(), on, Stats.min(ns[m][i]), Stats.max(ns[m][i]), on / off,
                        on - off, verdict);
            }
        }
        int undrained = modes.indexOf(Mode.UNDRAINED);
        out.printf("  undrained: %,d bytes left queued in the ring (not consumed), %d dropped%n", consumed[undrained],
                dropped[undrained]);
        for (int m = undrained + 1; m < modes.size(); m++) {
            if (modes.get(m) == Mode.UNDRAINED_CMP) {
                continue;
            }
            EventSink sink = modes.get(m).engine() ? engine : decode;
            out.printf("  consumer %-14s: %s, %s; %,d events consumed, %d dropped%n", modes.get(m).label(),
                    sink.describe(), modes.get(m).strategy().name().toLowerCase(), consumed[m], dropped[m]);
        }
        if (engine != null) {
            out.printf("  engine: %d alerts, %d evaluation errors (%d default rules enabled)%n", engine.alerts(),
                    engine.errors(), rules.enabledRules());
        }
    }
}
