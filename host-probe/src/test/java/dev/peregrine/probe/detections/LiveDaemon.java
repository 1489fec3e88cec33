package dev.peregrine.probe.detections;

import dev.peregrine.engine.RuleMatching;
import dev.peregrine.engine.rules.RulesFile;
import dev.peregrine.probe.daemon.AlertLines;
import dev.peregrine.probe.daemon.Daemon;
import dev.peregrine.probe.daemon.DaemonConfig;
import dev.peregrine.rules.DefaultRules;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The production daemon on the production default rules, shared by every detection test (one probe attach for the
 * whole package, closed by JUnit at the end). It reports every matching rule ({@code rule_matching: all}) so that a
 * test sees its rule even where an older, broader one also matches, and writes Falco JSON lines to a file.
 *
 * <p>One extra rule, the sentinel, fires when a child opens a file of {@link #barrier}: the ring delivers records in
 * the order they were reserved, so once the sentinel's alert is written every event of actions finished before it
 * has been evaluated, and an absent alert is really absent.
 */
final class LiveDaemon implements ExtensionContext.Store.CloseableResource {

    static final String SENTINEL_RULE = "Detection test sentinel";
    private static final String SENTINEL_PREFIX = "peregrine-sentinel-";
    /** The daemon's internal alert when the ring overflowed (another heavy load on the machine): explains a miss. */
    private static final String DROPS = "Peregrine internal: syscall event drop";
    private static final long WAIT_NANOS = 30_000_000_000L;

    /**
     * A larger ring than the daemon's default: the tests watch the whole machine, and a burst of unrelated syscalls
     * (a build running meanwhile) must not overflow it and drop the events a test waits for.
     */
    private static final int RING_BYTES = 64 << 20;

    private static volatile LiveDaemon shared;

    private final Path dir;
    private final Path alerts;
    private final Daemon daemon;
    private final Thread consumer;

    private LiveDaemon(Path dir) throws Exception {
        this.dir = dir;
        this.alerts = dir.resolve("alerts.jsonl");
        String sentinel = """
                - rule: %s
                  desc: barrier of the detection tests
                  condition: evt.type in (open, openat) and fd.name startswith %s/%s
                  output: "sentinel %%fd.name"
                  priority: DEBUG
                """.formatted(SENTINEL_RULE, dir, SENTINEL_PREFIX);
        DaemonConfig config = DaemonConfig.DEFAULTS.withOutputFile(alerts).withJvmRingsDir(null)
                .withRuleMatching(RuleMatching.ALL).withMetricsInterval(java.time.Duration.ZERO)
                .withRingBytes(RING_BYTES);
        daemon = Daemon.start(config, () -> {
            List<RulesFile> files = new ArrayList<>(DefaultRules.load());
            files.add(new RulesFile("detection-test-sentinel.yaml", sentinel));
            return files;
        }, Writer.nullWriter());
        consumer = new Thread(daemon::run, "detections-daemon");
        consumer.setDaemon(true);
        consumer.start();
    }

    /** The shared daemon; started by {@link Shared} before the first test class that needs it. */
    static LiveDaemon get() {
        if (shared == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(LiveDaemon.Shared.class)");
        }
        return shared;
    }

    /** Every alert line written so far. */
    List<String> lines() throws IOException {
        return Files.exists(alerts) ? Files.readAllLines(alerts, StandardCharsets.UTF_8) : List.of();
    }

    /** The alerts of {@code rule} whose line contains {@code marker} (a unique id the test put in the action). */
    List<String> of(String rule, String marker) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : lines()) {
            if (rule.equals(AlertLines.value(line, "rule")) && line.contains(marker)) {
                out.add(line);
            }
        }
        return out;
    }

    /** Waits for an alert of {@code rule} mentioning {@code marker}; returns it. */
    String await(String rule, String marker) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT_NANOS;
        do {
            List<String> found = of(rule, marker);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(25);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no alert of rule '" + rule + "' mentioning " + marker + " within 30 s; alerts of"
                + " this rule: " + ofRule(rule) + "\nevent drops reported: " + ofRule(DROPS) + "\nlast alerts: "
                + tail());
    }

    /** Fails if {@code rule} alerted about {@code marker}, once every earlier event has been evaluated. */
    void assertNone(String rule, String marker) throws IOException, InterruptedException {
        barrier();
        List<String> found = of(rule, marker);
        if (!found.isEmpty()) {
            throw new AssertionError("rule '" + rule + "' must stay silent for " + marker + " but raised: " + found);
        }
    }

    /** Returns once every event of actions completed before this call has been through the rules. */
    void barrier() throws IOException, InterruptedException {
        String id = UUID.randomUUID().toString().replace("-", "");
        Path file = Files.writeString(dir.resolve(SENTINEL_PREFIX + id), "x");
        try {
            Run.ok("/bin/cat", file.toString());
            await(SENTINEL_RULE, id);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private List<String> ofRule(String rule) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : lines()) {
            if (rule.equals(AlertLines.value(line, "rule"))) {
                out.add(line);
            }
        }
        return out;
    }

    private List<String> tail() throws IOException {
        List<String> all = lines();
        return all.subList(Math.max(0, all.size() - 5), all.size());
    }

    @Override
    public void close() throws Exception {
        daemon.requestStop();
        consumer.join(10_000);
        shared = null;
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    /** Starts the shared daemon once, in JUnit's root store, which closes it after the last test. */
    static final class Shared implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            shared = context.getRoot().getStore(ExtensionContext.Namespace.create(LiveDaemon.class))
                    .getOrComputeIfAbsent(LiveDaemon.class, k -> {
                        try {
                            return new LiveDaemon(Files.createTempDirectory("peregrine-detections-").toRealPath());
                        } catch (Exception e) {
                            throw new IllegalStateException("cannot start the daemon: " + e.getMessage(), e);
                        }
                    }, LiveDaemon.class);
        }
    }
}
