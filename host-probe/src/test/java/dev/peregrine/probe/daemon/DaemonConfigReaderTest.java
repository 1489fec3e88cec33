package dev.peregrine.probe.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.RuleMatching;
import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.rules.Priority;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonConfigReaderTest {

    private static final Path BASE = Path.of("/etc/peregrine");

    private static DaemonConfig parse(String yaml) throws RulesException {
        return DaemonConfigReader.parse("peregrine.yaml", yaml, BASE).config();
    }

    @Test
    void anEmptyFileMeansTheDefaults() throws Exception {
        assertEquals(DaemonConfig.DEFAULTS, parse(""));
    }

    @Test
    void readsFalcoAndDaemonKeys() throws Exception {
        DaemonConfig c = parse("""
                rules_files: [rules.d, /opt/extra.yaml]
                priority: warning
                rule_matching: all
                json_output: true
                json_include_tags_property: false
                stdout_output: {enabled: false}
                file_output: {enabled: true, filename: /var/log/peregrine/alerts.jsonl}
                log_level: debug
                engine: {modern_ebpf: {buf_size_preset: 2}}
                syscall_event_drops:
                  threshold: 0
                  actions: [log, exit]
                  rate: 2
                  max_burst: 5
                  priority: critical
                metrics: {enabled: true, interval: 1m30s}
                """);
        assertEquals(List.of(BASE.resolve("rules.d"), Path.of("/opt/extra.yaml")), c.rulesFiles());
        assertEquals(Priority.WARNING, c.minimumPriority());
        assertEquals(RuleMatching.ALL, c.ruleMatching());
        assertTrue(c.jsonOutput());
        assertEquals(false, c.json().includeTags());
        assertEquals(false, c.stdoutOutput());
        assertEquals(Path.of("/var/log/peregrine/alerts.jsonl"), c.outputFile());
        assertEquals("debug", c.logLevel());
        assertEquals(2 << 20, c.ringBytes());
        assertEquals(new DropPolicy(0, EnumSet.of(DropAction.LOG, DropAction.EXIT), 2, 5, Priority.CRITICAL),
                c.drops());
        assertEquals(Duration.ofSeconds(90), c.metricsInterval());
    }

    @Test
    void everyBadValueIsReportedAtItsPosition() {
        RulesException e = assertThrows(RulesException.class, () -> parse("""
                syscall_event_drops:
                  threshold: 2
                  actions: [log, shout]
                  rate: fast
                log_level: loud
                metrics:
                  interval: 10
                """));
        List<String> messages = e.diagnostics().stream().map(Diagnostic::format).toList();
        assertEquals(5, messages.size(), messages::toString);
        assertTrue(messages.get(0).startsWith("peregrine.yaml:2:14: error: threshold must be between 0 and 1"),
                messages::toString);
        assertTrue(messages.get(1).startsWith("peregrine.yaml:3:18: error: unknown action 'shout'"),
                messages::toString);
        assertTrue(messages.get(2).startsWith("peregrine.yaml:4:9: error: 'syscall_event_drops.rate' must be a number"),
                messages::toString);
        assertTrue(messages.get(3).startsWith("peregrine.yaml:5:12: error: invalid log_level 'loud'"),
                messages::toString);
        assertTrue(messages.get(4).startsWith("peregrine.yaml:7:13: error: invalid metrics.interval '10'"),
                messages::toString);
    }

    @Test
    void falcoKeyErrorsComeFromTheEngineReader() {
        RulesException e = assertThrows(RulesException.class, () -> parse("priority: loud\n"));
        assertTrue(e.diagnostics().get(0).format().startsWith("peregrine.yaml:1:11: error: invalid priority 'loud'"),
                e::getMessage);
    }

    @Test
    void falcosOwnFalcoYamlIsAccepted() throws Exception {
        Path falco = reference("falco.yaml");
        DaemonConfig c = DaemonConfigReader.parse(falco.toString(), Files.readString(falco), BASE).config();
        assertEquals(DropPolicy.DEFAULTS, c.drops());
        assertEquals(8 << 20, c.ringBytes());
        assertEquals(Duration.ZERO, c.metricsInterval(), "metrics.enabled is false there");
        assertEquals("info", c.logLevel());
        assertEquals(RuleMatching.FIRST, c.ruleMatching());
        assertNull(c.outputFile());
        assertTrue(c.rulesFiles().contains(Path.of("/etc/falco/falco_rules.yaml")), c.rulesFiles()::toString);
    }

    @Test
    void theShippedExampleIsValid() throws Exception {
        Path example = Path.of("packaging/peregrine.yaml");
        DaemonConfig c = DaemonConfigReader.parse(example.toString(), Files.readString(example), BASE).config();
        assertEquals(List.of(Path.of("/etc/peregrine/rules.d")), c.rulesFiles());
        assertEquals(Path.of("/var/log/peregrine/alerts.jsonl"), c.outputFile());
        assertEquals(Priority.WARNING, c.drops().priority());
        assertEquals(Duration.ofMinutes(15), c.metricsInterval());
    }

    @Test
    void readRefusesAFileOthersCanWrite(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("peregrine.yaml"), "log_level: info\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
        var e = assertThrows(java.io.IOException.class, () -> DaemonConfigReader.read(file));
        assertTrue(e.getMessage().contains("writable by group or others"), e.getMessage());
    }

    @Test
    void durations() {
        assertEquals(Duration.ofMillis(100), DaemonConfigReader.duration("100ms"));
        assertEquals(Duration.ofHours(1).plusMinutes(30), DaemonConfigReader.duration("1h30m"));
        assertEquals(Duration.ofDays(14), DaemonConfigReader.duration("2w"));
        assertNull(DaemonConfigReader.duration("10"));
        assertNull(DaemonConfigReader.duration("s"));
        assertNull(DaemonConfigReader.duration("5 m"));
    }

    /** Falco's reference files live outside the repository: {@code <repo>/../shared/reference}. */
    static Path reference(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir.resolveSibling("shared").resolve("reference").resolve(name);
            }
        }
        throw new IllegalStateException("not inside the repository");
    }
}
