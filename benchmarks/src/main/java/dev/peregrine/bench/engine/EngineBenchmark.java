package dev.peregrine.bench.engine;

import dev.peregrine.engine.Engine;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.output.FalcoJson;
import dev.peregrine.engine.sink.AlertSink;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Evaluates a realistic event mix against the compiled official Falco rules on one thread: ns per event with the
 * evt.type index ({@code indexed}), and without it ({@code naive}: every rule on every event, the baseline), plus
 * the same index on events that match nothing ({@code indexedNoMatch}, where allocation must be zero), and the
 * mix with every alert written as a Falco JSON line into memory ({@code indexedJson}).
 * {@link EngineBenchmarkMain} runs them together and prints events/s and the index's speed-up.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class EngineBenchmark {

    /**
     * Distinct events cycled through. Producers decode into a few reused objects, so the working set stays in
     * cache; thousands of distinct 1 KB events would measure memory misses, not rule evaluation.
     */
    private static final int EVENTS = 256;

    private Engine indexed;
    private Engine naive;
    private BenchEvent[] mix;
    private BenchEvent[] quiet;
    private int next;
    private final CountingSink sink = new CountingSink();
    private final JsonSink jsonSink = new JsonSink();

    /**
     * Counts alerts and renders each one's output message into a reused builder, as a sink that writes at once
     * does: matching events cost what rendering the alert costs and no more.
     */
    static final class CountingSink implements AlertSink {
        long alerts;
        long outputChars;
        private final StringBuilder text = new StringBuilder(1024);

        @Override
        public void accept(Alert alert) {
            alerts++;
            text.setLength(0);
            alert.appendOutput(text);
            outputChars += text.length();
        }
    }

    /** Renders each alert as Falco's JSON line into a reused builder: {@code JsonLinesSink} without the I/O. */
    static final class JsonSink implements AlertSink {
        long alerts;
        long jsonChars;
        private final FalcoJson json = new FalcoJson(ZoneOffset.UTC);
        private final StringBuilder line = new StringBuilder(4096);

        @Override
        public void accept(Alert alert) {
            alerts++;
            line.setLength(0);
            json.append(line, alert);
            jsonChars += line.length();
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws RulesException {
        Path rules = officialRules();
        indexed = engine(true, rules);
        naive = engine(false, rules);
        mix = EventMix.build(EVENTS, true, 42);
        quiet = EventMix.build(EVENTS, false, 43);
        CountingSink check = new CountingSink();
        for (BenchEvent e : mix) {
            indexed.evaluate(e, check);
        }
        long matching = check.alerts;
        check.alerts = 0;
        for (BenchEvent e : quiet) {
            indexed.evaluate(e, check);
        }
        if (matching == 0 || check.alerts != 0) {
            throw new IllegalStateException("event mix is wrong: " + matching + " alerts in the mix, "
                    + check.alerts + " in the quiet set");
        }
        System.out.printf("%nevent mix: %d events, %d alerts (%.1f %%), %d field slots%n", EVENTS, matching,
                100.0 * matching / EVENTS, BenchEvent.SLOTS.size());
    }

    static Engine engine(boolean useIndex, Path rules) throws RulesException {
        Engine engine = Engine.builder().binder(Sources.SYSCALL, BenchEvent.BINDER).hostname("bench")
                .ruleIndex(useIndex).build();
        engine.load(List.of(rules));
        return engine;
    }

    /** {@code ../shared/reference/falco_rules.yaml} next to the repository, or {@code -Dperegrine.falcoRules}. */
    static Path officialRules() {
        String property = System.getProperty("peregrine.falcoRules");
        if (property != null) {
            return Path.of(property);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("reference").resolve("falco_rules.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("falco_rules.yaml not found; pass -Dperegrine.falcoRules=PATH");
    }

    /** The mixes must have raised alerts, the quiet set none (else it would measure alert rendering too). */
    @TearDown(Level.Trial)
    public void tearDown(BenchmarkParams params) {
        boolean quietRun = params.getBenchmark().endsWith(".indexedNoMatch");
        long alerts = sink.alerts + jsonSink.alerts;
        if (quietRun ? alerts != 0 : alerts == 0) {
            throw new IllegalStateException(alerts + " alerts raised by " + params.getBenchmark());
        }
    }

    private BenchEvent nextOf(BenchEvent[] events) {
        int i = next;
        next = (i + 1) & (EVENTS - 1);
        return events[i];
    }

    @Benchmark
    public long indexed() {
        indexed.evaluate(nextOf(mix), sink);
        return sink.alerts;
    }

    /** The full mix, each alert written as a Falco JSON line (into memory): the alert path end to end. */
    @Benchmark
    public long indexedJson() {
        indexed.evaluate(nextOf(mix), jsonSink);
        return jsonSink.alerts;
    }

    @Benchmark
    public long naive() {
        naive.evaluate(nextOf(mix), sink);
        return sink.alerts;
    }

    @Benchmark
    public long indexedNoMatch() {
        indexed.evaluate(nextOf(quiet), sink);
        return sink.alerts;
    }
}
