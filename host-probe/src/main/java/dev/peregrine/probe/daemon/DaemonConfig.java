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
 */
public record DaemonConfig(List<Path> rulesFiles, RuleMatching ruleMatching, Priority minimumPriority,
                           boolean stdoutOutput, boolean jsonOutput, JsonOptions json, Path outputFile,
                           DropPolicy drops, String logLevel, int ringBytes, Duration metricsInterval) {

    /** Falco's defaults where Falco has one; metrics every minute. */
    public static final DaemonConfig DEFAULTS = new DaemonConfig(List.of(), RuleMatching.FIRST, Priority.DEBUG,
            true, false, JsonOptions.FALCO_DEFAULTS, null, DropPolicy.DEFAULTS, "info",
            ProbeConfig.DEFAULT_RING_BYTES, Duration.ofMinutes(1));

    public DaemonConfig {
        rulesFiles = List.copyOf(rulesFiles);
    }

    public DaemonConfig withRulesFiles(List<Path> files) {
        return new DaemonConfig(files, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json, outputFile,
                drops, logLevel, ringBytes, metricsInterval);
    }

    /** {@code --json}: JSON lines on stdout (turns stdout output on). */
    public DaemonConfig withJsonStdout() {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, true, true, json, outputFile, drops,
                logLevel, ringBytes, metricsInterval);
    }

    public DaemonConfig withOutputFile(Path file) {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json, file,
                drops, logLevel, ringBytes, metricsInterval);
    }

    public DaemonConfig withDrops(DropPolicy policy) {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json,
                outputFile, policy, logLevel, ringBytes, metricsInterval);
    }

    public DaemonConfig withRingBytes(int bytes) {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json,
                outputFile, drops, logLevel, bytes, metricsInterval);
    }

    public DaemonConfig withRuleMatching(RuleMatching matching) {
        return new DaemonConfig(rulesFiles, matching, minimumPriority, stdoutOutput, jsonOutput, json, outputFile,
                drops, logLevel, ringBytes, metricsInterval);
    }

    public DaemonConfig withMetricsInterval(Duration interval) {
        return new DaemonConfig(rulesFiles, ruleMatching, minimumPriority, stdoutOutput, jsonOutput, json,
                outputFile, drops, logLevel, ringBytes, interval);
    }
}
