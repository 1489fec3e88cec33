package dev.peregrine.bench.probe;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link RingDrainBenchmark} and prints records/s and the ratio of each consumer variant to the plain-loop
 * baseline of the same run. Extra JMH options pass through (smoke: {@code -f 0 -wi 0 -i 1 -r 100ms}).
 */
public final class RingDrainMain {

    private RingDrainMain() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options options = new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(RingDrainBenchmark.class.getName() + "\\.").build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> nanos = new HashMap<>();
        for (RunResult r : results) {
            nanos.put(r.getParams().getBenchmark().replaceAll(".*\\.", ""), r.getPrimaryResult().getScore());
        }
        Double base = nanos.get("plainScan");
        System.out.println();
        System.out.println("Ring consumer over ordinary memory laid out as a BPF ring buffer (JMH, one thread):");
        for (String name : new String[] {"drainDecode", "drainProtocolOnly", "plainScan"}) {
            Double ns = nanos.get(name);
            if (ns != null) {
                System.out.printf("  %-18s %6.2f ns/record  %,14.0f records/s%s%n", name, ns, 1e9 / ns,
                        base == null || name.equals("plainScan") ? "" : String.format("  ratio to plainScan: %.2f "
                                + "(throughput %.2fx of baseline)", ns / base, base / ns));
            }
        }
    }
}
