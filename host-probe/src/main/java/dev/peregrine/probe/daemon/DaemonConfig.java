package dev.peregrine.probe.daemon;

import dev.peregrine.engine.RuleMatching;
import dev.peregrine.engine.output.JsonOptions;
import dev.peregrine.engine.rules.Priority;
import dev.peregrine.probe.kernel.ProbeConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything {@code peregrine run} can be told, under falco.yaml's names where they mean the same thing (see
 * {@link DaemonConfigReader} and docs/probe.md). Command-line options override it through the {@code with*}
 * methods.
 *
 * @param rulesFiles      {@code rules_files}; empty means Peregrine's default rules
 * @param stdoutOutput    {@code stdout_output.enabled}: alerts on stdout, as Falco JSON lines if {@code jsonOutput}
 * @param jsonOutput      {@code json_output}: stdout gets JSON lines (otherwise only the log shows alerts)
 * @param outputFile      {@code file_output.filename} when {@code file_output.enabled}: a JSON-lines file, or null
 * @param logLevel        {@code log_level}: emergency, alert, critical, error, warning, notice, info, debug
 * @param ringBytes       the ring buffer ({@code engine.modern_ebpf.buf_size_preset})
 * @param metricsInterval {@code metrics.interval} when {@code metrics.enabled}, else {@link Duration#ZERO}
 * @param jvmRingsDir     {@code jvm_rings.dir}: where JVM agents put their rings; null when
 *                        {@code jvm_rings.enabled} is false (then {@code source: jvm} rules see nothing)
 * @param jvmHold         {@code jvm_rings.hold_ms}: how long a kernel event of an agent-attached JVM waits for the
 *                        JVM call that explains it (at most {@link #MAX_JVM_HOLD}); zero turns the join off
 */
public record DaemonConfig(List<Path> rulesFiles, RuleMatching ruleMatching, Priority minimumPriority,
                           boolean stdoutOutput, boolean jsonOutput, JsonOptions json, Path outputFile,
                           DropPolicy drops, String logLevel, int ringBytes, Duration metricsInterval, Path jvmRingsDir,
                           Duration jvmHold) {

    /** The ring directory a probe service uses unless told otherwise. */
    public static final Path DEFAULT_JVM_RINGS_DIR = Path.of("/run/peregrine/jvm");
    /** The agent's consumer thread idles up to 10 ms between hand-overs; the daemon polls every 1 ms while holding. */
    public static final Duration DEFAULT_JVM_HOLD = Duration.ofMillis(50);
    /** The bound: no event waits longer for its counterpart. */
    public static final Duration MAX_JVM_HOLD = Duration.ofMillis(50);

    /** Falco's defaults where Falco has one; metrics every minute. */
    public static final DaemonConfig DEFAULTS = new DaemonConfig(List.of(), RuleMatching.FIRST, Priority.DEBUG,
            true, false, JsonOptions.FALCO_DEFAULTS, null, DropPolicy.DEFAULTS, "info",
            ProbeConfig.DEFAULT_RING_BYTES, Duration.ofMinutes(1), DEFAULT_JVM_RINGS_DIR, DEFAULT_JVM_HOLD);

    public DaemonConfig {
        rulesFiles = List.copyOf(rulesFiles);
        if (jvmHold == null || jvmHold.isNegative() || jvmHold.compareTo(MAX_JVM_HOLD) > 0) {
            throw new IllegalArgumentException("jvm hold window " + jvmHold + " not within [0, " + MAX_JVM_HOLD + "]");
        }
    }

    /** Everything but the hold window, which takes its default. */
    public DaemonConfig(List<Path> rulesFiles, RuleMatching ruleMatching, Priority minimumPriority,
                        boolean stdoutOutput, boolean jsonOutput, JsonOptions json, Path outputFile,
                        DropPolicy drops, String logLevel, int ringBytes, Duration metricsInterval, Path jvmRingsDir) {
        this(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json, outputFile, drops, logLevel,
                ringBytes, metricsInterval, jvmRingsDir, DEFAULT_JVM_HOLD);
    }

    /** Everything but the JVM rings, which are read from the default directory. */
    public DaemonConfig(List<Path> rulesFiles, RuleMatching ruleMatching, Priority minimumPriority,
                        boolean stdoutOutput, boolean jsonOutput, JsonOptions json, Path outputFile,
                        DropPolicy drops, String logLevel, int ringBytes, Duration metricsInterval) {
        this(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json, outputFile, drops, logLevel,
                ringBytes, metricsInterval, DEFAULT_JVM_RINGS_DIR);
    }

    public DaemonConfig withRulesFiles(List<Path> files) {
        return new DaemonConfig(files, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json, outputFile,
                drops, logLevel, ringBytes, metricsInterval, jvmRingsDir, jvmHold);
    }

    /** {@code --json}: JSON lines on stdout (turns stdout output on). */
    public DaemonConfig withJsonStdout() {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, true, true, json, outputFile, drops,
                logLevel, ringBytes, metricsInterval, jvmRingsDir, jvmHold);
    }

    public DaemonConfig withOutputFile(Path file) {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json, file,
                drops, logLevel, ringBytes, metricsInterval, jvmRingsDir, jvmHold);
    }

    public DaemonConfig withDrops(DropPolicy policy) {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json,
                outputFile, policy, logLevel, ringBytes, metricsInterval, jvmRingsDir, jvmHold);
    }

    public DaemonConfig withRingBytes(int bytes) {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json,
                outputFile, drops, logLevel, bytes, metricsInterval, jvmRingsDir, jvmHold);
    }

    public DaemonConfig withRuleMatching(RuleMatching matching) {
        return new DaemonConfig(rulesFiles, matching, minimumPriority, stdoutOutput, jsonOutput, json, outputFile,
                drops, logLevel, ringBytes, metricsInterval, jvmRingsDir, jvmHold);
    }

    public DaemonConfig withMetricsInterval(Duration interval) {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json,
                outputFile, drops, logLevel, ringBytes, interval, jvmRingsDir, jvmHold);
    }

    /** {@code jvm_rings}: the directory to watch for JVM rings, or null to watch none. */
    public DaemonConfig withJvmRingsDir(Path dir) {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json,
                outputFile, drops, logLevel, ringBytes, metricsInterval, dir, jvmHold);
    }

    /** {@code jvm_rings.hold_ms}: the correlator's hold window; zero turns the join off. */
    public DaemonConfig withJvmHold(Duration hold) {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json,
                outputFile, drops, logLevel, ringBytes, metricsInterval, jvmRingsDir, hold);
    }
}
