package dev.peregrine.agent.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The agent's options, from the {@code -javaagent:peregrine-agent.jar=key=value,key=value} argument and, when
 * {@code config=<file>} is given, a properties file with the same keys (the argument wins). Lists use {@code :}
 * as separator, like {@code PATH}. Unknown keys and bad values are errors: a typo must not silently disable a
 * protection. See {@link #KEYS} for the documented keys.
 */
public record AgentOptions(Mode mode, List<Path> rules, boolean builtinRules, String alertsLog, Path alertsJson,
                           Path eventsFile, int queueCapacity, int stackDepth, List<String> watchedPrefixes,
                           boolean networkCallerOnly, Set<String> ops, boolean quiet, Set<String> testFaults,
                           long testEngineDelayMillis, Path ringDir, int ringSize) {

    /** Where events are evaluated. {@code probe} hands them to the host probe (see agent.transport). */
    public enum Mode { EMBEDDED, PROBE, AUTO }

    public static final Map<String, String> KEYS = keys();

    static final List<String> DEFAULT_WATCHED = List.of("/etc/", "/root/", "/home/", "/proc/", "/sys/", "/dev/",
            "/var/run/", "/run/", "/tmp/", "/var/tmp/", "/boot/", "/usr/bin/", "/usr/sbin/", "/bin/", "/sbin/");

    public static AgentOptions parse(String agentArgs) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> given = split(agentArgs);
        String config = given.get("config");
        if (config != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(Path.of(config), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            for (String key : p.stringPropertyNames()) {
                values.put(key, p.getProperty(key).trim());
            }
        }
        values.putAll(given);
        for (String key : values.keySet()) {
            if (!KEYS.containsKey(key)) {
                throw new IllegalArgumentException("unknown agent option '" + key + "' (known: "
                        + String.join(", ", KEYS.keySet()) + ")");
            }
        }
        return from(new Values(values));
    }

    private static AgentOptions from(Values v) {
        return new AgentOptions(
                Mode.valueOf(v.choice("mode", "auto", "embedded", "probe", "auto").toUpperCase(Locale.ROOT)),
                v.paths("rules"),
                v.bool("rules.builtin", true),
                v.choice("alerts.log", "auto", "auto", "slf4j", "stderr", "off"),
                v.path("alerts.json"),
                v.path("events.file"),
                v.integer("queue.capacity", 8192, 2, 1 << 24),
                v.integer("stack.depth", 32, 1, 1024),
                v.has("stack.watch") ? v.list("stack.watch") : DEFAULT_WATCHED,
                v.choice("stack.net", "caller", "caller", "full").equals("caller"),
                Set.copyOf(v.has("ops") ? v.list("ops") : List.of()),
                v.bool("quiet", false),
                Set.copyOf(v.has("test.fault") ? v.list("test.fault") : List.of()),
                v.integer("test.engine.delay.ms", 0, 0, 60_000),
                v.has("ring.dir") ? v.path("ring.dir") : Path.of("/run/peregrine/jvm"),
                v.integer("ring.size", 1 << 20, 4096, 64 << 20));
    }

    private static Map<String, String> split(String args) {
        Map<String, String> m = new LinkedHashMap<>();
        if (args == null || args.isBlank()) {
            return m;
        }
        for (String part : args.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("agent option '" + part + "' is not key=value");
            }
            m.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return m;
    }

    private static Map<String, String> keys() {
        Map<String, String> k = new LinkedHashMap<>();
        k.put("config", "Properties file with more of these options (the agent argument wins).");
        k.put("mode", "embedded | probe | auto (default: the host probe when one runs, else embedded).");
        k.put("ring.dir", "Directory of the host probe's JVM rings; default /run/peregrine/jvm.");
        k.put("ring.size", "Bytes of the probe ring (a power of two, 4096 to 64 MiB); default 1 MiB.");
        k.put("rules", "Extra rules files, ':'-separated.");
        k.put("rules.builtin", "Load the built-in JVM rules (jvm_rules.yaml); default true.");
        k.put("alerts.log", "auto (application's SLF4J if present, else stderr) | slf4j | stderr | off.");
        k.put("alerts.json", "File to append alerts to as Falco JSON lines.");
        k.put("events.file", "File to append every JVM event to as JSON lines (debugging, tests).");
        k.put("queue.capacity", "Events buffered between application threads and the consumer; default 8192.");
        k.put("stack.depth", "Stack frames kept per event; default 32.");
        k.put("stack.watch", "Path prefixes whose file operations get a stack, ':'-separated.");
        k.put("stack.net", "caller (default) | full: stack captured for network operations.");
        k.put("ops", "Operations to intercept (jvm.op names), ':'-separated; default all.");
        k.put("quiet", "true: no startup message.");
        k.put("test.fault", "Fault injection for tests: sink-throws, engine-throws.");
        k.put("test.engine.delay.ms", "Fault injection for tests: delay per evaluated event.");
        return Map.copyOf(k);
    }

    /** Typed access to the raw strings, with messages that name the option. */
    private record Values(Map<String, String> m) {
        boolean has(String key) {
            return m.containsKey(key) && !m.get(key).isEmpty();
        }

        String choice(String key, String dflt, String... allowed) {
            String v = m.getOrDefault(key, dflt).toLowerCase(Locale.ROOT);
            for (String a : allowed) {
                if (a.equals(v)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("agent option " + key + "=" + v + ": expected one of "
                    + String.join(", ", allowed));
        }

        boolean bool(String key, boolean dflt) {
            return Boolean.parseBoolean(choice(key, String.valueOf(dflt), "true", "false"));
        }

        int integer(String key, int dflt, int min, int max) {
            String v = m.get(key);
            try {
                int i = v == null ? dflt : Integer.parseInt(v);
                if (i < min || i > max) {
                    throw new NumberFormatException();
                }
                return i;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("agent option " + key + "=" + v + ": expected an integer in ["
                        + min + ", " + max + "]");
            }
        }

        Path path(String key) {
            return has(key) ? Path.of(m.get(key)) : null;
        }

        List<String> list(String key) {
            List<String> out = new ArrayList<>();
            for (String s : m.getOrDefault(key, "").split(":")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
            return out;
        }

        List<Path> paths(String key) {
            List<Path> out = new ArrayList<>();
            for (String s : list(key)) {
                out.add(Path.of(s));
            }
            return out;
        }
    }
}
