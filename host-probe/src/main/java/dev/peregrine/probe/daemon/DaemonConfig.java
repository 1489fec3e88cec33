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
 */
public record DaemonConfig(List<Path> rulesFiles, RuleMatching ruleMatching, Priority minimumPriority,
                           boolean stdoutOutput, boolean jsonOutput, JsonOptions json, Path outputFile,
                           DropPolicy drops, String logLevel, int ringBytes, Duration metricsInterval, Path jvmRingsDir) {

    /** The ring directory a probe service uses unless told otherwise. */
    public static final Path DEFAULT_JVM_RINGS_DIR = Path.of("/run/peregrine/jvm");

    /** Falco's defaults where Falco has one; metrics every minute. */
    public static final DaemonConfig DEFAULTS = new DaemonConfig(List.of(), RuleMatching.FIRST, Priority.DEBUG,
            true, false, JsonOptions.FALCO_DEFAULTS, null, DropPolicy.DEFAULTS, "info",
            ProbeConfig.DEFAULT_RING_BYTES, Duration.ofMinutes(1), DEFAULT_JVM_RINGS_DIR);

    public DaemonConfig {
        rulesFiles = List.copyOf(rulesFiles);
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
                drops, logLevel, ringBytes, metricsInterval, jvmRingsDir);
    }

    /** {@code --json}: JSON lines on stdout (turns stdout output on). */
    public DaemonConfig withJsonStdout() {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, true, true, json, outputFile, drops,
                logLevel, ringBytes, metricsInterval, jvmRingsDir);
    }

    public DaemonConfig withOutputFile(Path file) {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json, file,
                drops, logLevel, ringBytes, metricsInterval, jvmRingsDir);
    }

    public DaemonConfig withDrops(DropPolicy policy) {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json,
                outputFile, policy, logLevel, ringBytes, metricsInterval, jvmRingsDir);
    }

    public DaemonConfig withRingBytes(int bytes) {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json,
                outputFile, drops, logLevel, bytes, metricsInterval, jvmRingsDir);
    }

    public DaemonConfig withRuleMatching(RuleMatching matching) {
        return new DaemonConfig(rulesFiles, matching, minimumPriority, stdoutOutput, jsonOutput, json, outputFile,
                drops, logLevel, ringBytes, metricsInterval, jvmRingsDir);
    }

    public DaemonConfig withMetricsInterval(Duration interval) {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json,
                outputFile, drops, logLevel, ringBytes, interval, jvmRingsDir);
    }

    /** {@code jvm_rings}: the directory to watch for JVM rings, or null to watch none. */
    public DaemonConfig withJvmRingsDir(Path dir) {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json,
                outputFile, drops, logLevel, ringBytes, metricsInterval, dir);
    }
}
