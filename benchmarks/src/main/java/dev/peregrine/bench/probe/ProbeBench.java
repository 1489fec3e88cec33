package dev.peregrine.bench.probe;

import dev.peregrine.probe.bpf.BpfUnavailableException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

/**
 * Entry point of the host probe benchmarks (run as root: they attach the real eBPF programs). Usage:
 * <pre>
 * java --enable-native-access=ALL-UNNAMED -cp benchmarks/target/benchmarks.jar dev.peregrine.bench.probe.ProbeBench \
 *     [--smoke] [--load-gen PATH] [--floor-obj PATH] [--compare-obj PATH] [--cpu N] [--rounds N]
 *     [drain] [overhead] [sustained] [sustained-batched] [sustained-engine]
 * </pre>
 * No benchmark named = drain, overhead and sustained. run-probe-bench.sh compiles the C generator and runs them.
 * {@code --compare-obj} adds two overhead modes running another build of peregrine.bpf.o (e.g. the previous commit's)
 * next to the committed one, in the same alternating rounds.
 */
public final class ProbeBench {

    private ProbeBench() {
    }

    public static void main(String[] args) {
        boolean smoke = false;
        Path loadGen = Path.of("benchmarks/target/probe-load/peregrine-load");
        Path floor = null;
        Path compare = null;
        int rounds = 0;
        int cpu = Runtime.getRuntime().availableProcessors() > 1 ? 1 : 0;
        List<String> benches = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--load-gen" -> loadGen = Path.of(args[++i]);
                case "--floor-obj" -> floor = Path.of(args[++i]);
                case "--compare-obj" -> compare = Path.of(args[++i]);
                case "--cpu" -> cpu = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "drain", "overhead", "sustained", "sustained-batched", "sustained-engine" -> benches.add(args[i]);
                default -> {
                    System.err.println("unknown argument " + args[i]
                            + "; usage: ProbeBench [--smoke] [--load-gen PATH] [--floor-obj PATH] [--compare-obj PATH] [--cpu N]"
                            + " [--rounds N]"
                            + " [drain] [overhead] [sustained] [sustained-batched] [sustained-engine]");
                    System.exit(1);
                }
            }
        }
        if (benches.isEmpty()) {
            benches = List.of("drain", "overhead", "sustained");
        }
        BenchSettings s = smoke ? BenchSettings.smoke(loadGen, floor, cpu)
                : BenchSettings.full(loadGen, floor, cpu);
        if (rounds > 0) {
            s = s.withRounds(rounds);
        }
        if (compare != null) {
            s = s.withCompareObject(compare);
        }
        PrintStream out = System.out;
        out.printf("Peregrine host probe benchmarks%s: %d CPUs visible to the JVM, generators pinned to CPU %d, %s%n",
                smoke ? " (SMOKE: tiny counts, figures meaningless)" : "",
                Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.vm.version"));
        try {
            run(new LoadGen(loadGen), s, benches, out);
        } catch (BpfUnavailableException e) {
            System.err.println("the probe cannot run here: " + e.getMessage());
            System.exit(3);
        }
    }

    private static void run(LoadGen gen, BenchSettings s, List<String> benches, PrintStream out) {
        DefaultRuleSet rules = null;
        EngineHandler engine = null;
        if (benches.contains("overhead") || benches.contains("sustained-engine")) {
            rules = DefaultRuleSet.load();
            engine = new EngineHandler(rules);
            out.printf("default rules: %d enabled; kernel capture set %s%n", rules.enabledRules(),
                    rules.describeWanted());
        }
        for (String bench : benches) {
            switch (bench) {
                case "drain" -> DrainBench.run(gen, s, out);
                case "overhead" -> OverheadBench.run(gen, s, rules, engine, out);
                case "sustained" -> SustainedBench.run(gen, s, new DecodingHandler(), ConsumerThread.Strategy.WAKEUP,
                        new BitSet(), out);
                case "sustained-batched" -> SustainedBench.run(gen, s, new DecodingHandler(),
                        ConsumerThread.Strategy.BATCHED, new BitSet(), out);
                case "sustained-engine" -> SustainedBench.run(gen, s, engine, ConsumerThread.Strategy.WAKEUP,
                        rules.wanted(), out);
                default -> throw new IllegalArgumentException(bench);
            }
        }
    }
}
