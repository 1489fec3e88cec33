package dev.peregrine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peregrine.probe.bpf.BpfSystem;
import dev.peregrine.probe.bpf.BpfUnavailableException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code peregrine run} as a separate process on the packaged jar, with real eBPF and real signals: alerts land in
 * the configured file as Falco JSON, SIGHUP swaps the rules (and a broken file is reported with its position while
 * the old rules keep firing), SIGTERM detaches and exits 0, and a process without privileges gets one clear message.
 * Skips only where BPF is unavailable, and fails instead under PEREGRINE_REQUIRE_BPF=1.
 */
class RunCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void requireBpf() {
        try {
            BpfSystem.requireAvailable();
        } catch (BpfUnavailableException e) {
            String why = "*** BPF UNAVAILABLE: RunCommandIT SKIPPED: " + e.getMessage() + " ***";
            if ("1".equals(System.getenv("PEREGRINE_REQUIRE_BPF"))) {
                throw new AssertionError("PEREGRINE_REQUIRE_BPF=1 but " + e.getMessage(), e);
            }
            System.err.println(why);
            Assumptions.abort(why);
        }
    }

    @Test
    void alertsReloadOnHupAndExitZeroOnTerm() throws Exception {
        dir = dir.toRealPath();
        String id = UUID.randomUUID().toString().substring(0, 8);
        Path first = Files.writeString(dir.resolve("first-" + id), "1\n");
        Path second = Files.writeString(dir.resolve("second-" + id), "2\n");
        Path rules = dir.resolve("rules.yaml");
        Path alerts = dir.resolve("alerts.jsonl");
        Files.writeString(rules, openRule("Open of first", first));
        Path config = Files.writeString(dir.resolve("peregrine.yaml"), """
                rules_files: [rules.yaml]
                rule_matching: all
                file_output:
                  enabled: true
                  filename: alerts.jsonl
                metrics:
                  enabled: false
                # Not the machine's JVM ring directory: JVMs there would start sending to this test daemon.
                jvm_rings:
                  enabled: false
                """);
        Daemon d = Daemon.start(dir, "run", "--config", config.toString());

        long pid = child("/bin/cat", first.toString());
        JsonNode alert = awaitAlert(alerts, "Open of first", 1).get(0);
        assertEquals("Warning", alert.get("priority").asText());
        JsonNode fields = alert.get("output_fields");
        assertEquals(first.toString(), fields.get("fd.name").asText());
        assertEquals("cat", fields.get("proc.name").asText());
        assertEquals(pid, fields.get("proc.pid").asLong());
        assertEquals("root", fields.get("user.name").asText());
        assertTrue(d.stderr().contains("peregrine.alerts"), "alerts are logged too:\n" + d.stderr());

        Files.writeString(rules, openRule("Open of second", second));
        d.signal("HUP");
        d.awaitStderr(s -> s.contains("rules reloaded"));
        child("/bin/cat", first.toString(), second.toString());
        awaitAlert(alerts, "Open of second", 1);
        assertEquals(1, alertsOf(alerts, "Open of first").size(), "the replaced rule fired again");

        Files.writeString(rules, brokenRule("Never", "proc.nmae = cat"));
        d.signal("HUP");
        d.awaitStderr(s -> s.contains("rules reload failed"));
        assertTrue(d.stderr().contains(rules + ":3:14: error: unknown field 'proc.nmae'"), d.stderr());
        child("/bin/cat", second.toString());
        awaitAlert(alerts, "Open of second", 2);
        assertTrue(alertsOf(alerts, "Never").isEmpty());

        d.signal("TERM");
        assertEquals(0, d.awaitExit(), d.stderr());
        assertTrue(d.stderr().contains("stopped: probe detached"), d.stderr());
    }

    @Test
    void badRulesStopTheStartWithTheirPosition() throws Exception {
        Path rules = Files.writeString(dir.resolve("bad.yaml"), brokenRule("Bad", "fd.nmae = x"));
        Daemon d = Daemon.start(dir, "run", "-r", rules.toString());
        assertEquals(1, d.awaitExit(), d.stderr());
        assertTrue(d.stderr().contains(rules + ":3:14: error: unknown field 'fd.nmae'"), d.stderr());
        assertFalse(d.stderr().contains("probe attached"), d.stderr());
    }

    @Test
    void withoutPrivilegesOneMessageSaysWhatIsMissing() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv to drop root");
        Path rules = Files.writeString(dir.resolve("r.yaml"), openRule("Any", dir));
        dir.toFile().setExecutable(true, false);
        Daemon d = Daemon.start(dir, List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                "--inh-caps=-all"), "run", "-r", rules.toString());
        assertEquals(3, d.awaitExit(), d.stderr());
        assertTrue(d.stderr().contains("cannot start the host probe: loading BPF programs needs root or "
                + "CAP_BPF+CAP_PERFMON"), d.stderr());
        assertFalse(d.stderr().contains("\tat "), "no stack trace:\n" + d.stderr());
    }

    private static String openRule(String name, Path file) {
        return """
                - rule: %s
                  desc: test rule
                  condition: evt.type in (open, openat) and fd.name = %s
                  output: "opened %%fd.name by %%proc.name (pid=%%proc.pid user=%%user.name)"
                  priority: WARNING
                """.formatted(name, file);
    }

    /** A rule whose condition (line 3, column 14) the compiler rejects. */
    private static String brokenRule(String name, String condition) {
        return """
                - rule: %s
                  desc: test rule
                  condition: %s
                  output: "never"
                  priority: WARNING
                """.formatted(name, condition);
    }

    private static long child(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        return p.pid();
    }

    private static List<JsonNode> alertsOf(Path file, String rule) throws IOException {
        List<JsonNode> found = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                JsonNode alert = JSON.readTree(line);
                if (rule.equals(alert.get("rule").asText())) {
                    found.add(alert);
                }
            }
        }
        return found;
    }

    private static List<JsonNode> awaitAlert(Path file, String rule, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        List<JsonNode> found = alertsOf(file, rule);
        while (found.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(50);
            found = alertsOf(file, rule);
        }
        assertEquals(n, found.size(), () -> "alerts of '" + rule + "' in " + file);
        return found;
    }

    /** A {@code java -jar peregrine.jar ...} child with stdout and stderr in files. */
    private record Daemon(Process process, Path stderrFile) {

        static Daemon start(Path dir, String... args) throws IOException, InterruptedException {
            return start(dir, List.of(), args);
        }

        static Daemon start(Path dir, List<String> prefix, String... args) throws IOException, InterruptedException {
            Path jar = Cli.repo().resolve("cli/target/peregrine.jar");
            assertTrue(Files.isRegularFile(jar), "the integration-test phase runs after package: " + jar + " missing");
            List<String> command = new ArrayList<>(prefix);
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.add("--enable-native-access=ALL-UNNAMED");
            command.add("-jar");
            command.add(jar.toString());
            command.addAll(List.of(args));
            Path stderr = dir.resolve("stderr-" + System.nanoTime());
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(dir.resolve("stdout-" + System.nanoTime()).toFile())
                    .redirectError(stderr.toFile()).start();
            Daemon d = new Daemon(p, stderr);
            d.awaitStderr(s -> s.contains("probe attached") || !p.isAlive());
            return d;
        }

        String stderr() throws IOException {
            return Files.readString(stderrFile, StandardCharsets.UTF_8);
        }

        void awaitStderr(Predicate<String> done) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!done.test(stderr())) {
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new AssertionError("timed out; stderr:\n" + stderr());
                }
                Thread.sleep(50);
            }
        }

        void signal(String name) throws IOException, InterruptedException {
            assertEquals(0, new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor());
        }

        int awaitExit() throws InterruptedException {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("peregrine run did not exit");
            }
            return process.exitValue();
        }
    }
}
