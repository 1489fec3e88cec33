package dev.peregrine.bench.agent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link AgentOverheadBenchmark} in JMH forks without and with {@code -javaagent}, interleaved: for each
 * round and each benchmark, one fork of each variant, the order swapped every round (ABBA). On a shared machine
 * whose load drifts over minutes, interleaving spreads the drift over both variants instead of charging it to
 * whichever ran second. Every measurement iteration of every fork is one sample.
 */
final class OverheadRun {

    static final String[] BENCHMARKS = {
        "fileInputStreamOpenClose", "filesReadAllBytes", "fileInputStreamOpenCloseWatched",
        "filesReadAllBytesWatched", "socketConnectAccept", "processStartWaitFor"};

    /** The file operations that no rule and no stack policy cares about: the 5 % target applies to these. */
    static final List<String> UNWATCHED_FILE_OPS = List.of("fileInputStreamOpenClose", "filesReadAllBytes");

    private final BenchSettings settings;

    OverheadRun(BenchSettings settings) {
        this.settings = settings;
    }

    List<Comparison> run() throws RunnerException {
        List<Comparison> out = new ArrayList<>();
        Pattern include = Pattern.compile(settings.include());
        for (String name : BENCHMARKS) {
            if (include.matcher(name).find()) {
                out.add(new Comparison(name, "ns/op", Comparison.Center.MEAN));
            }
        }
        for (int round = 0; round < settings.forks(); round++) {
            for (Comparison c : out) {
                boolean agentFirst = round % 2 == 1;
                runFork(c, agentFirst);
                runFork(c, !agentFirst);
            }
        }
        return out;
    }

    private void runFork(Comparison c, boolean withAgent) throws RunnerException {
        String benchmark = AgentOverheadBenchmark.class.getName() + "." + c.name();
        List<String> jvmArgs = new ArrayList<>(List.of("-Xms1g", "-Xmx1g",
                "-D" + AgentOverheadBenchmark.EXPECT_AGENT + "=" + withAgent,
                "-Dbench.dir=" + settings.workDir()));
        if (Runtime.version().feature() >= 23) {
            // JMH itself uses sun.misc.Unsafe: silence JDK 24+'s warnings in both variants alike.
            jvmArgs.add("--sun-misc-unsafe-memory-access=allow");
        }
        if (withAgent) {
            jvmArgs.add(settings.javaagentOption());
        }
        System.out.println("\n>>> " + c.name() + (withAgent ? " WITH agent" : " baseline (no agent)"));
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark) + "$")
                .jvm(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                .jvmArgs(jvmArgs.toArray(new String[0]))
                .forks(1)
                .warmupIterations(settings.warmups())
                .warmupTime(TimeValue.fromString(settings.iterationTime()))
                .measurementIterations(settings.iterations())
                .measurementTime(TimeValue.fromString(settings.iterationTime()))
                .threads(1)
                .shouldFailOnError(true);
        int samples = 0;
        for (RunResult result : new Runner(options.build()).run()) {
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    c.add(withAgent, iteration.getPrimaryResult().getScore());
                    samples++;
                }
            }
        }
        if (samples == 0) {
            throw new RunnerException(benchmark + (withAgent ? " with" : " without") + " agent produced no result");
        }
    }
}
