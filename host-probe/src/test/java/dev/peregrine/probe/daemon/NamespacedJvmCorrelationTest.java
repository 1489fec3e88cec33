package dev.peregrine.probe.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.RuleMatching;
import dev.peregrine.probe.bpf.RequiresBpf;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM in a PID namespace of its own, as in a container ({@code unshare --pid --fork --mount-proc}: it is pid 1
 * and sees its own tids), joined exactly like a host JVM: the daemon in this JVM with real eBPF, the JVM running
 * {@code Corr.java} with the built agent ({@code mode=probe}). Its ring must be accepted under its namespaced name,
 * its request-thread read and its process start must come out joined with their Java calls, and every id in the
 * alerts must be the host's. The read runs on a thread that ends right after it, usually before the probe reads the
 * JVM's record: its namespace tid is known from the kernel record itself, not from /proc.
 */
@ExtendWith(RequiresBpf.class)
class NamespacedJvmCorrelationTest {

    private static final Path RULES = Path.of(System.getProperty("user.dir"))
            .resolve("../rules/src/main/resources/rules").normalize();

    @TempDir
    Path dir;

    private Daemon daemon;
    private Thread consumer;

    @AfterEach
    void stop() throws Exception {
        if (daemon != null) {
            daemon.requestStop();
            consumer.join(10_000);
        }
    }

    @Test
    void aJvmInItsOwnPidNamespaceIsJoinedWithHostIds() throws Exception {
        dir = dir.toRealPath();
        String marker = "pgn" + UUID.randomUUID().toString().substring(0, 8);
        Path rules = Files.writeString(dir.resolve("test_rules.yaml"), """
                - rule: Test namespaced open
                  desc: the shadow file read by Java in a PID namespace
                  condition: evt.type in (open, openat) and fd.name = /etc/shadow and jvm.correlated = true
                  output: "open proc.pid=%%proc.pid thread.tid=%%thread.tid jvm.thread.tid=%%jvm.thread.tid jvm.pid=%%jvm.pid jvm.caller=%%jvm.caller jvm.thread.name=%%jvm.thread.name"
                  priority: WARNING
                - rule: Test namespaced exec
                  desc: the test's program started by Java in a PID namespace
                  condition: evt.type = execve and proc.name = true and proc.cmdline contains %1$s
                  output: "exec proc.ppid=%%proc.ppid jvm.correlated=%%jvm.correlated jvm.unexplained=%%jvm.unexplained jvm.caller=%%jvm.caller jvm.pid=%%jvm.pid"
                  priority: WARNING
                """.formatted(marker));
        Path ringDir = Files.createDirectory(dir.resolve("jvm"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path alerts = dir.resolve("alerts.jsonl");
        List<Path> files = List.of(RULES.resolve("peregrine_rules.yaml"), RULES.resolve("correlated_rules.yaml"), rules);
        daemon = Daemon.start(DaemonConfig.DEFAULTS.withOutputFile(alerts).withJvmRingsDir(ringDir)
                .withRuleMatching(RuleMatching.ALL), RulesSource.of(files, List::of), new StringWriter());
        consumer = new Thread(daemon::run, "daemon-under-test");
        consumer.start();

        long[] javaPid = {-1};
        String[] ring = {null};
        CorrJvm.run(dir, ringDir, List.of("unshare", "--pid", "--fork", "--mount-proc", "--kill-child"), List.of(),
                List.of("open=/etc/shadow", "exec=/bin/true " + marker),
                () -> !AlertLines.ofRule(alerts, "Test namespaced exec").isEmpty(), unshare -> {
                    if (javaPid[0] < 0) {
                        javaPid[0] = child(unshare.pid());
                    }
                    if (ring[0] == null) {
                        ring[0] = ringIn(ringDir);
                    }
                });
        long java = javaPid[0];
        String ringName = ring[0];
        assertTrue(java > 1, "the java process under unshare");
        assertTrue(ringName != null && ringName.matches("1-\\d+-\\d+-[0-9a-f]+\\.ring"),
                "pid 1 of its namespace names its ring by pid, start time and namespace: " + ringName);

        List<String> reads = AlertLines.ofRule(alerts, CorrelationEndToEndTest.REQUEST_READ);
        assertEquals(1, reads.size(), "the request-thread read, joined: " + AlertLines.read(alerts));
        String read = reads.get(0);
        assertEquals(Long.toString(java), AlertLines.value(read, "proc.pid"), read);
        assertTrue(AlertLines.value(read, "jvm.caller").startsWith("Corr.readFile(Corr.java:"), read);

        List<String> opens = AlertLines.ofRule(alerts, "Test namespaced open");
        assertEquals(1, opens.size(), AlertLines.read(alerts).toString());
        String open = opens.get(0);
        assertEquals(Long.toString(java), AlertLines.value(open, "proc.pid"), open);
        assertEquals(Long.toString(java), AlertLines.value(open, "jvm.pid"), "jvm.pid is the host's: " + open);
        String tid = AlertLines.value(open, "thread.tid");
        assertEquals(tid, AlertLines.value(open, "jvm.thread.tid"), "jvm.thread.tid is the host's: " + open);
        assertNotEquals(Long.toString(java), tid, "the request thread, not the main one: " + open);
        assertTrue(Files.exists(Path.of("/proc/" + java)) || Long.parseLong(tid) > java,
                "a host tid (the namespace's would be small): " + open);
        assertEquals("http-nio-8080-exec-1", AlertLines.value(open, "jvm.thread.name"), open);

        List<String> execs = AlertLines.ofRule(alerts, "Test namespaced exec");
        assertEquals(1, execs.size(), execs.toString());
        String exec = execs.get(0);
        assertEquals("true", AlertLines.value(exec, "jvm.correlated"), exec);
        assertEquals("false", AlertLines.value(exec, "jvm.unexplained"), exec);
        assertTrue(AlertLines.value(exec, "jvm.caller").startsWith("Corr.spawn(Corr.java:"), exec);
        assertEquals(Long.toString(java), AlertLines.value(exec, "jvm.pid"), exec);
        assertEquals(List.of(), AlertLines.ofRule(alerts, CorrelationEndToEndTest.NATIVE_OPEN));
        assertEquals(List.of(), AlertLines.ofRule(alerts, CorrelationEndToEndTest.NATIVE_EXEC));
    }

    /** The first child of {@code pid} (the process unshare forked, which execs java), or -1 while there is none. */
    private static long child(long pid) {
        try {
            String c = Files.readString(Path.of("/proc/" + pid + "/task/" + pid + "/children")).trim();
            return c.isEmpty() ? -1 : Long.parseLong(c.split(" ")[0]);
        } catch (Exception e) {
            return -1;
        }
    }

    private static String ringIn(Path ringDir) throws Exception {
        try (Stream<Path> files = Files.list(ringDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ring")).findFirst()
                    .orElse(null);
        }
    }
}
