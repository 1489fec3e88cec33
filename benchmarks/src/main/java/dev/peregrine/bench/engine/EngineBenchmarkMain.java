package dev.peregrine.bench.engine;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs {@link EngineBenchmark} (indexed, naive and no-match, in the same run, with the GC profiler) and prints
 * events/s, ns/event, bytes allocated per event and the index's speed-up over the naive baseline. Extra JMH
 * options on the command line are passed through (e.g. {@code -f 1 -wi 2 -i 3}).
 */
public final class EngineBenchmarkMain {

    private EngineBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, org.openjdk.jmh.runner.options.CommandLineOptionException {
        Options options = new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(EngineBenchmark.class.getName() + "\\.").addProfiler(GCProfiler.class).build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> nanos = new HashMap<>();
        Map<String, Double> bytes = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            nanos.put(name, r.getPrimaryResult().getScore());
            Result<?> alloc = r.getSecondaryResults().get("·gc.alloc.rate.norm");
            if (alloc == null) {
                alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            }
            bytes.put(name, alloc == null ? Double.NaN : alloc.getScore());
        }
        System.out.println();
        System.out.println("Engine, official Falco rules, one thread:");
        for (String name : new String[] {"indexed", "indexedNoMatch", "indexedJson", "naive"}) {
            Double ns = nanos.get(name);
            if (ns != null) {
                System.out.printf("  %-15s %8.1f ns/event  %,14.0f events/s  %8.1f B/event%n", name, ns, 1e9 / ns,
                        bytes.get(name));
            }
        }
        if (nanos.containsKey("indexed") && nanos.containsKey("naive")) {
            System.out.printf("  index speed-up over naive (every rule on every event): %.1fx%n",
                    nanos.get("naive") / nanos.get("indexed"));
        }
    }
}
