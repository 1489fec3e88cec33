package dev.peregrine.probe.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.probe.bpf.RequiresBpf;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon in this JVM with real eBPF: children open a unique file and exec a unique script, and the Falco JSON
 * alerts in the output file must name them. Reload is driven through the same flag SIGHUP sets (the signals
 * themselves are tested on a child JVM by the CLI's RunCommandIT).
 */
@ExtendWith(RequiresBpf.class)
class DaemonEndToEndTest {

    @TempDir
    Path dir;

    private Path alerts;
    private Path rules;
    private Path canary;
    private Path script;
    private Daemon daemon;
    private Thread consumer;
    private final AtomicInteger status = new AtomicInteger(-1);

    @BeforeEach
    void files() throws Exception {
        dir = dir.toRealPath();
        String id = UUID.randomUUID().toString().substring(0, 6);
        alerts = dir.resolve("alerts.jsonl");
        rules = dir.resolve("rules.yaml");
        canary = Files.writeString(dir.resolve("canary-" + id + ".txt"), "x\n");
        script = Files.writeString(dir.resolve("pg" + id + ".sh"), "#!/bin/sh\nexit 0\n");
        script.toFile().setExecutable(true);
    }

    @AfterEach
    void stop() throws Exception {
        if (daemon != null) {
            daemon.requestStop();
            consumer.join(10_000);
        }
    }

    private void start(DaemonConfig config) throws Exception {
        // No JVM rings: announcing this test daemon in /run/peregrine/jvm would switch every agent on the machine
        // in mode=auto over to it (DaemonJvmEndToEndTest covers the rings, in a directory of its own).
        daemon = Daemon.start(config.withOutputFile(alerts).withJvmRingsDir(null),
                RulesSource.of(List.of(rules), List::of),
                new StringWriter());
        consumer = new Thread(() -> status.set(daemon.run()), "daemon-under-test");
        consumer.start();
    }

    private String openRule(String name, Path file) {
        return """
                - rule: %s
                  desc: a test rule on one file
                  condition: evt.type in (open, openat) and fd.name = %s
                  output: "opened %%fd.name by %%proc.name (pid=%%proc.pid user=%%user.name)"
                  priority: WARNING
                """.formatted(name, file);
    }

    private String execRule() {
        return """
                - rule: Canary script run
                  desc: exec of the test script
                  condition: evt.type = execve and proc.name = %s
                  output: "ran %%proc.name (pid=%%proc.pid exe=%%proc.exepath parent=%%proc.pname user=%%user.name)"
                  priority: CRITICAL
                  tags: [test, process]
                """.formatted(script.getFileName());
    }

    @Test
    void openAndExecOfChildrenRaiseFalcoJsonAlerts() throws Exception {
        Files.writeString(rules, openRule("Canary opened", canary) + execRule());
        start(DaemonConfig.DEFAULTS);

        long catPid = Children.run("/bin/cat", canary.toString());
        String open = AlertLines.await(alerts, "Canary opened");
        assertEquals("Warning", AlertLines.value(open, "priority"));
        assertEquals("syscall", AlertLines.value(open, "source"));
        assertEquals(canary.toString(), AlertLines.value(open, "fd.name"));
        assertEquals("cat", AlertLines.value(open, "proc.name"), open + "\n" + AlertLines.read(alerts));
        assertEquals(Long.toString(catPid), AlertLines.value(open, "proc.pid"));
        assertEquals("root", AlertLines.value(open, "user.name"));

        long scriptPid = Children.run(script.toString());
        String exec = AlertLines.await(alerts, "Canary script run");
        assertEquals("Critical", AlertLines.value(exec, "priority"));
        assertEquals(script.getFileName().toString(), AlertLines.value(exec, "proc.name"));
        assertEquals(Long.toString(scriptPid), AlertLines.value(exec, "proc.pid"));
        assertEquals("java", AlertLines.value(exec, "proc.pname"));
        assertTrue(exec.contains("\"tags\":[\"process\",\"test\"]"), exec);
        assertTrue(AlertLines.value(exec, "output").contains("Critical ran " + script.getFileName()), exec);
    }

    @Test
    void reloadSwapsRulesAndABrokenFileKeepsTheOldOnes() throws Exception {
        Path second = Files.writeString(dir.resolve("second-" + canary.getFileName()), "y\n");
        Files.writeString(rules, openRule("First rule", canary));
        start(DaemonConfig.DEFAULTS);
        Children.run("/bin/cat", canary.toString());
        AlertLines.await(alerts, "First rule");

        Files.writeString(rules, openRule("Second rule", second));
        daemon.requestReload();
        awaitCount(daemon::reloads, 1);
        Children.run("/bin/cat", canary.toString(), second.toString());
        AlertLines.await(alerts, "Second rule");
        assertEquals(1, AlertLines.ofRule(alerts, "First rule").size(), "the replaced rule must not fire again");

        Files.writeString(rules, openRule("Third rule", canary).replace("fd.name =", "fd.nmae ="));
        daemon.requestReload();
        awaitCount(daemon::failedReloads, 1);
        Children.run("/bin/cat", second.toString());
        awaitLines("Second rule", 2);
        assertEquals(0, AlertLines.ofRule(alerts, "Third rule").size());
        assertEquals(1, daemon.reloads());
    }

    @Test
    void stopDetachesAndReturnsZero() throws Exception {
        Files.writeString(rules, openRule("Canary opened", canary));
        start(DaemonConfig.DEFAULTS);
        daemon.requestStop();
        assertTrue(daemon.awaitFinished(10, TimeUnit.SECONDS));
        consumer.join(10_000);
        assertEquals(0, status.get());
        daemon = null;
        // Detached: a second daemon can attach, and the first one's rules no longer see anything.
        start(DaemonConfig.DEFAULTS);
        Children.run("/bin/cat", canary.toString());
        assertEquals(1, awaitLines("Canary opened", 1).size());
    }

    @Test
    void aTinyRingOverflowsIntoTheInternalDropAlert() throws Exception {
        Files.writeString(rules, openRule("Canary opened", canary));
        DropPolicy policy = new DropPolicy(0, java.util.Set.of(DropAction.ALERT, DropAction.LOG), 100, 5,
                dev.peregrine.engine.rules.Priority.WARNING);
        start(DaemonConfig.DEFAULTS.withRingBytes(4096).withDrops(policy).withMetricsInterval(Duration.ZERO));
        burstOfOpens(canary, 200_000);
        String drop = AlertLines.await(alerts, DropMonitor.RULE);
        assertEquals("Warning", AlertLines.value(drop, "priority"));
        long drops = Long.parseLong(AlertLines.value(drop, "n_drops_buffer_total"));
        assertTrue(drops > 0, drop);
        assertNotNull(AlertLines.value(drop, "n_drops_buffer_openat"), drop);
    }

    @Test
    void theExitDropActionStopsWithItsStatus() throws Exception {
        Files.writeString(rules, openRule("Canary opened", canary));
        DropPolicy policy = new DropPolicy(0, java.util.Set.of(DropAction.EXIT), 1, 1,
                dev.peregrine.engine.rules.Priority.DEBUG);
        start(DaemonConfig.DEFAULTS.withRingBytes(4096).withDrops(policy));
        burstOfOpens(canary, 200_000);
        assertTrue(daemon.awaitFinished(10, TimeUnit.SECONDS), "the drop policy did not stop the daemon");
        consumer.join(10_000);
        assertEquals(Daemon.EXIT_DROPS, status.get());
        daemon = null;
    }

    private static void burstOfOpens(Path file, int n) throws Exception {
        Children.run("python3", "-c", "import os\nfor i in range(" + n + "):\n    os.close(os.open('" + file
                + "', os.O_RDONLY))\n");
    }

    private List<String> awaitLines(String rule, int n) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<String> lines = AlertLines.ofRule(alerts, rule);
        while (lines.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(50);
            lines = AlertLines.ofRule(alerts, rule);
        }
        List<String> all = AlertLines.read(alerts);
        assertEquals(n, lines.size(), () -> "alerts of " + rule + ": " + all);
        return lines;
    }

    private static void awaitCount(java.util.function.LongSupplier counter, long n) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (counter.getAsLong() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(n, counter.getAsLong());
    }
}
