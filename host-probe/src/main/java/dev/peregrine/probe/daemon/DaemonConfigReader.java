package dev.peregrine.probe.daemon;

import dev.peregrine.engine.RuleMatching;
import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.output.JsonOptions;
import dev.peregrine.engine.rules.FalcoConfig;
import dev.peregrine.engine.rules.Priority;
import dev.peregrine.engine.rules.RulesFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code peregrine.yaml}, which is a falco.yaml: the keys both understand go through the engine's
 * {@link FalcoConfig} (rules_files, priority, rule_matching, json_*, stdout_output, file_output), the daemon's own
 * (syscall_event_drops, log_level, metrics, engine.modern_ebpf.buf_size_preset, jvm_rings) are read here. Every bad value is
 * an error at its {@code file:line:col}; keys neither knows are ignored, as Falco ignores what it does not use.
 * Relative paths are taken relative to the configuration file's directory (a service's working directory is /).
 */
public final class DaemonConfigReader {

    static final Set<String> LOG_LEVELS = Set.of("emergency", "alert", "critical", "error", "warning", "notice",
            "info", "debug");
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d|w)");

    private DaemonConfigReader() {
    }

    /**
     * @return the configuration and the warnings of the Falco part (e.g. a key given twice)
     * @throws IOException    naming the file when it cannot be read or is not trusted
     * @throws RulesException every bad value, positioned
     */
    public static Result read(Path path) throws IOException, RulesException {
        FileTrust.check(path);
        String content = Files.readString(path, StandardCharsets.UTF_8);
        return parse(path.toString(), content, path.toAbsolutePath().getParent());
    }

    /** A configuration read, and what was worth a warning. */
    public record Result(DaemonConfig config, List<Diagnostic> warnings) {
    }

    static Result parse(String name, String content, Path base) throws RulesException {
        FalcoConfig falco = FalcoConfig.parse(new RulesFile(name, content));
        YamlKeys keys = new YamlKeys(name, content);
        DaemonConfig d = DaemonConfig.DEFAULTS;
        List<Path> rules = new ArrayList<>();
        if (keys.has("rules_files") || keys.has("rules_file")) {
            for (String f : falco.rulesFiles()) {
                rules.add(base.resolve(f));
            }
        }
        Path outputFile = falco.fileOutput().enabled() ? base.resolve(falco.fileOutput().filename()) : null;
        JsonOptions json = new JsonOptions(falco.jsonIncludeOutputProperty(), falco.jsonIncludeOutputFieldsProperty(),
                falco.jsonIncludeTagsProperty(), falco.jsonIncludeMessageProperty());
        RuleMatching matching = falco.ruleMatching() == FalcoConfig.RuleMatching.ALL ? RuleMatching.ALL
                : RuleMatching.FIRST;
        DaemonConfig config = new DaemonConfig(rules, matching, falco.priority(), falco.stdoutOutput(),
                falco.jsonOutput(), json, outputFile, drops(keys), logLevel(keys), ringBytes(keys, d.ringBytes()),
                metrics(keys, d.metricsInterval()), jvmRingsDir(keys, base), jvmHold(keys));
        if (!keys.errors.isEmpty()) {
            throw new RulesException(keys.errors);
        }
        return new Result(config, falco.warnings());
    }

    private static DropPolicy drops(YamlKeys keys) {
        DropPolicy d = DropPolicy.DEFAULTS;
        double threshold = d.threshold();
        if (keys.has("syscall_event_drops.threshold")) {
            Double t = keys.number("syscall_event_drops.threshold");
            if (t != null && (t < 0 || t > 1)) {
                keys.error(keys.at("syscall_event_drops.threshold"), "threshold must be between 0 and 1, got " + t);
            } else if (t != null) {
                threshold = t;
            }
        }
        Set<DropAction> actions = d.actions();
        if (keys.has("syscall_event_drops.actions")) {
            actions = EnumSet.noneOf(DropAction.class);
            for (ScalarNode item : keys.items("syscall_event_drops.actions")) {
                var action = DropAction.parse(item.getValue());
                if (action.isEmpty()) {
                    keys.error(item, "unknown action '" + item.getValue() + "': expected ignore, log, alert or exit");
                } else {
                    actions.add(action.get());
                }
            }
            if (actions.contains(DropAction.IGNORE) && actions.size() > 1) {
                keys.error(keys.at("syscall_event_drops.actions"), "'ignore' cannot be combined with other actions");
            }
        }
        double rate = d.rate();
        if (keys.has("syscall_event_drops.rate")) {
            Double r = keys.number("syscall_event_drops.rate");
            if (r != null && !(r > 0)) {
                keys.error(keys.at("syscall_event_drops.rate"), "rate must be greater than 0, got " + r);
            } else if (r != null) {
                rate = r;
            }
        }
        int burst = d.maxBurst();
        if (keys.has("syscall_event_drops.max_burst")) {
            Double b = keys.number("syscall_event_drops.max_burst");
            if (b != null && (b < 1 || b != Math.rint(b))) {
                keys.error(keys.at("syscall_event_drops.max_burst"), "max_burst must be a whole number >= 1, got " + b);
            } else if (b != null) {
                burst = b.intValue();
            }
        }
        Priority priority = d.priority();
        if (keys.has("syscall_event_drops.priority")) {
            String p = keys.text("syscall_event_drops.priority");
            if (p != null) {
                priority = Priority.parse(p).orElse(null);
                if (priority == null) {
                    keys.error(keys.at("syscall_event_drops.priority"), "invalid priority '" + p + "'");
                    priority = d.priority();
                }
            }
        }
        return new DropPolicy(threshold, actions, rate, burst, priority);
    }

    /** {@code jvm_rings.enabled} (default true) and {@code jvm_rings.dir}; null when disabled. */
    private static Path jvmRingsDir(YamlKeys keys, Path base) {
        if (keys.has("jvm_rings.enabled") && Boolean.FALSE.equals(keys.bool("jvm_rings.enabled"))) {
            return null;
        }
        if (!keys.has("jvm_rings.dir")) {
            return DaemonConfig.DEFAULT_JVM_RINGS_DIR;
        }
        String dir = keys.text("jvm_rings.dir");
        if (dir == null || dir.isBlank()) {
            keys.error(keys.at("jvm_rings.dir"), "jvm_rings.dir must be a directory path");
            return DaemonConfig.DEFAULT_JVM_RINGS_DIR;
        }
        return base.resolve(dir.trim());
    }

    /** {@code jvm_rings.hold_ms}: 0 (no join) to 50 ms. */
    private static java.time.Duration jvmHold(YamlKeys keys) {
        String key = "jvm_rings.hold_ms";
        if (!keys.has(key)) {
            return DaemonConfig.DEFAULT_JVM_HOLD;
        }
        Double ms = keys.number(key);
        long max = DaemonConfig.MAX_JVM_HOLD.toMillis();
        if (ms == null || ms < 0 || ms > max || ms != Math.floor(ms)) {
            keys.error(keys.at(key), key + " must be a whole number of milliseconds from 0 to " + max);
            return DaemonConfig.DEFAULT_JVM_HOLD;
        }
        return java.time.Duration.ofMillis(ms.longValue());
    }

    private static String logLevel(YamlKeys keys) {
        if (!keys.has("log_level")) {
            return DaemonConfig.DEFAULTS.logLevel();
        }
        String level = keys.text("log_level");
        if (level != null && !LOG_LEVELS.contains(level.trim().toLowerCase(java.util.Locale.ROOT))) {
            keys.error(keys.at("log_level"), "invalid log_level '" + level + "': expected one of emergency, alert,"
                    + " critical, error, warning, notice, info, debug");
            return DaemonConfig.DEFAULTS.logLevel();
        }
        return level == null ? DaemonConfig.DEFAULTS.logLevel() : level.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** Falco's presets: 1 = 1 MiB, each next one doubles, up to 10 = 512 MiB. */
    private static int ringBytes(YamlKeys keys, int fallback) {
        String key = "engine.modern_ebpf.buf_size_preset";
        if (!keys.has(key)) {
            return fallback;
        }
        Double preset = keys.number(key);
        if (preset == null) {
            return fallback;
        }
        if (preset < 1 || preset > 10 || preset != Math.rint(preset)) {
            keys.error(keys.at(key), "buf_size_preset must be 1 (1 MiB) to 10 (512 MiB), got " + preset);
            return fallback;
        }
        return (1 << 20) << (preset.intValue() - 1);
    }

    private static Duration metrics(YamlKeys keys, Duration fallback) {
        if (keys.has("metrics.enabled")) {
            Boolean enabled = keys.bool("metrics.enabled");
            if (Boolean.FALSE.equals(enabled)) {
                return Duration.ZERO;
            }
        }
        if (!keys.has("metrics.interval")) {
            return fallback;
        }
        String text = keys.text("metrics.interval");
        Duration d = text == null ? null : duration(text.trim());
        if (d == null || d.toMillis() < 100) {
            keys.error(keys.at("metrics.interval"), "invalid metrics.interval '" + text
                    + "': a number and a unit (ms, s, m, h, d, w), at least 100ms, e.g. 30s or 15m");
            return fallback;
        }
        return d;
    }

    /** Prometheus-style durations as Falco takes them: {@code 100ms}, {@code 30s}, {@code 1h30m}. */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            });
            end = m.end();
        }
        return end == text.length() && end > 0 ? total : null;
    }
}
