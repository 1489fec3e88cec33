package dev.peregrine.probe.daemon;

import dev.peregrine.probe.jvm.AgentJar;
import static dev.peregrine.probe.jvm.AgentJar.JAVA17;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.probe.bpf.RequiresBpf;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon in this JVM with real eBPF and a ring directory of its own; a real JDK 17 JVM with the built agent in
 * {@code mode=auto} finds the daemon announced there, starts {@code /bin/true <marker>}, and the daemon must raise
 * the {@code source: jvm} rule's Falco JSON alert with the program's frame as caller and the JVM's pid and user as
 * the kernel side knows them. Needs the agent jar ({@code ./mvnw -pl javaagent -am install -DskipTests}).
 */
@ExtendWith(RequiresBpf.class)
class DaemonJvmEndToEndTest {

    private static final String APP = """
            import java.nio.file.*;
            public class Exec {
                public static void main(String[] args) throws Exception {
                    new ProcessBuilder("/bin/true", args[1]).start().waitFor();
                    Path done = Path.of(args[0]);
                    for (int i = 0; i < 1200 && !Files.exists(done); i++) {
                        Thread.sleep(50);
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    private Daemon daemon;
    private Thread consumer;

    @BeforeEach
    void realPath() throws Exception {
        dir = dir.toRealPath();
    }

    @AfterEach
    void stop() throws Exception {
        if (daemon != null) {
            daemon.requestStop();
            consumer.join(10_000);
        }
    }

    @Test
    void processStartInAJvmRaisesTheJvmRuleThroughTheRing() throws Exception {
        Path jar = AgentJar.path();
        assertTrue(Files.isExecutable(JAVA17), "JDK 17 not found at " + JAVA17);
        String marker = "pg-jvm-" + UUID.randomUUID().toString().substring(0, 8);
        Path rules = Files.writeString(dir.resolve("rules.yaml"), """
                - rule: JVM ran the marker
                  desc: a process started from Java with the test's marker
                  condition: evt.type = process_start and jvm.exec.cmdline contains %s
                  output: "jvm ran %%jvm.exec.cmdline (caller=%%jvm.caller pid=%%proc.pid user=%%user.name proc=%%proc.name)"
                  priority: WARNING
                  source: jvm
                """.formatted(marker));
        Path ringDir = ringDir();
        Path alerts = dir.resolve("alerts.jsonl");
        startDaemon(rules, alerts, ringDir);
        assertTrue(Files.isRegularFile(ringDir.resolve("probe.pid")), "the daemon announces itself to agents");

        Files.writeString(dir.resolve("Exec.java"), APP);
        // If the JVM exits before the alert shows, its last events may still be in the ring: read once more after 500 ms.
        Ran ran = runUntilAlert(jar, "mode=auto,quiet=true,ring.dir=" + ringDir, marker, alerts, "a", 500);
        String alert = ran.alert;
        String out = ran.out;
        assertEquals("jvm", AlertLines.value(alert, "source"), alert);
        assertEquals("Warning", AlertLines.value(alert, "priority"), alert);
        assertEquals("/bin/true " + marker, AlertLines.value(alert, "jvm.exec.cmdline"), alert);
        String caller = AlertLines.value(alert, "jvm.caller");
        assertTrue(caller != null && caller.startsWith("Exec.main(Exec.java:"), alert);
        assertEquals(Long.toString(ran.pid), AlertLines.value(alert, "proc.pid"), alert);
        assertEquals("root", AlertLines.value(alert, "user.name"), alert);
        assertEquals("java", AlertLines.value(alert, "proc.name"), alert);
        assertEquals(1, AlertLines.ofRule(alerts, "JVM ran the marker").size(), "one event, one alert");
        assertEquals(0, ran.exit, out);

        daemon.requestStop();
        assertTrue(daemon.awaitFinished(10, TimeUnit.SECONDS));
        consumer.join(10_000);
        daemon = null;
        assertTrue(Files.notExists(ringDir.resolve("probe.pid")), "a stopped daemon withdraws its announcement");
    }

    /**
     * The same rule, the same program: once through the daemon (agent in {@code mode=auto}), once in the agent's
     * embedded engine ({@code mode=embedded}); every output field must read the same, apart from what differs between
     * the two JVMs (pid, the agent's options on the command line) and the time.
     */
    @Test
    void theDaemonsAlertReadsLikeTheEmbeddedEnginesAlert() throws Exception {
        Path jar = AgentJar.path();
        String marker = "pg-jvm-" + UUID.randomUUID().toString().substring(0, 8);
        Path rules = Files.writeString(dir.resolve("rules.yaml"), """
                - rule: JVM ran the marker
                  desc: a process started from Java with the test's marker
                  condition: evt.type = process_start and jvm.exec.cmdline contains %s and jvm.thread.virtual = false
                  output: "%s"
                  priority: NOTICE
                  source: jvm
                """.formatted(marker, String.join(" ", FIELDS.stream().map(f -> f + "=%" + f).toList())));
        Path ringDir = ringDir();
        Path alerts = dir.resolve("alerts.jsonl");
        startDaemon(rules, alerts, ringDir);
        Files.writeString(dir.resolve("Exec.java"), APP);

        String viaRing = "mode=auto,quiet=true,ring.dir=" + ringDir;
        Ran daemonRun = runUntilAlert(jar, viaRing, marker, alerts, "a", 0);
        Path embeddedAlerts = dir.resolve("embedded.jsonl");
        String embedded = "mode=embedded,quiet=true,rules.builtin=false,alerts.log=off,rules=" + rules
                + ",alerts.json=" + embeddedAlerts;
        Ran embeddedRun = runUntilAlert(jar, embedded, marker, embeddedAlerts, "b", 0);

        assertEquals("jvm", AlertLines.value(daemonRun.alert, "source"), daemonRun.alert);
        for (String f : FIELDS) {
            String a = AlertLines.value(daemonRun.alert, f);
            String b = AlertLines.value(embeddedRun.alert, f);
            assertNotNull(a, f + " missing from " + daemonRun.alert);
            if (f.equals("proc.pid") || f.equals("jvm.pid")) {
                assertEquals(Long.toString(daemonRun.pid), a, f);
                assertEquals(Long.toString(embeddedRun.pid), b, f);
            } else if (f.equals("proc.cmdline")) {
                assertEquals(a.replace(viaRing, embedded).replace("done-a", "done-b"), b, f);
            } else {
                assertEquals(b, a, f + "\n daemon:   " + daemonRun.alert + "\n embedded: " + embeddedRun.alert);
            }
        }
        for (String key : List.of("rule", "priority", "source")) {
            assertEquals(AlertLines.value(embeddedRun.alert, key), AlertLines.value(daemonRun.alert, key), key);
        }
    }

    private static final List<String> FIELDS = List.of("jvm.op", "jvm.caller", "jvm.exec.cmdline", "jvm.exec.exe",
            "jvm.exec.cwd", "jvm.stack.head", "jvm.thread.name", "jvm.thread.virtual", "jvm.main", "jvm.pid",
            "proc.pid", "proc.name", "proc.exepath", "proc.cmdline", "user.name", "user.uid");

    private record Ran(long pid, int exit, String out, String alert) {
    }

    /** A ring directory for the daemon, with the permissions its rules accept. */
    private Path ringDir() throws Exception {
        return Files.createDirectory(dir.resolve("jvm"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    /** Starts the daemon under test with {@code rules}, writing alerts to {@code alerts}; {@link #stop} stops it. */
    private void startDaemon(Path rules, Path alerts, Path ringDir) throws Exception {
        daemon = Daemon.start(DaemonConfig.DEFAULTS.withOutputFile(alerts).withJvmRingsDir(ringDir),
                RulesSource.of(List.of(rules), List::of), new StringWriter());
        consumer = new Thread(daemon::run, "daemon-under-test");
        consumer.start();
    }

    /**
     * Runs the program under the agent with {@code options} until the marker rule shows in {@code alerts}. If the JVM
     * exits first and {@code graceMillis} is positive, the alerts are read once more after that long.
     */
    private Ran runUntilAlert(Path jar, String options, String marker, Path alerts, String tag, long graceMillis)
            throws Exception {
        Path done = dir.resolve("done-" + tag);
        Process jvm = new ProcessBuilder(JAVA17.toString(), "-javaagent:" + jar + "=" + options,
                dir.resolve("Exec.java").toString(), done.toString(), marker)
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out-" + tag + ".txt").toFile()).start();
        String alert = null;
        try {
            for (int i = 0; i < 1200 && alert == null && jvm.isAlive(); i++) {
                alert = firstAlert(alerts);
                Thread.sleep(50);
            }
            if (alert == null && graceMillis > 0) {
                Thread.sleep(graceMillis);
                alert = firstAlert(alerts);
            }
            Files.writeString(done, "");
            assertTrue(jvm.waitFor(60, TimeUnit.SECONDS), "test JVM did not exit");
        } finally {
            jvm.destroyForcibly();
        }
        String out = Files.readString(dir.resolve("out-" + tag + ".txt"));
        assertNotNull(alert, "no alert with " + options + "; JVM output:\n" + out
                + "\nalerts: " + AlertLines.read(alerts));
        return new Ran(jvm.pid(), jvm.exitValue(), out, alert);
    }

    private static String firstAlert(Path alerts) throws Exception {
        List<String> lines = AlertLines.ofRule(alerts, "JVM ran the marker");
        return lines.isEmpty() ? null : lines.get(0);
    }

    @Test
    void jvmRingsAreConfigurableAndCanBeTurnedOff() throws Exception {
        DaemonConfig on = DaemonConfigReader.parse("peregrine.yaml", "jvm_rings:\n  dir: rings\n", dir).config();
        assertEquals(dir.resolve("rings"), on.jvmRingsDir());
        DaemonConfig off = DaemonConfigReader.parse("peregrine.yaml", "jvm_rings:\n  enabled: false\n", dir).config();
        assertNull(off.jvmRingsDir());
        assertEquals(DaemonConfig.DEFAULT_JVM_RINGS_DIR, DaemonConfigReader.parse("peregrine.yaml", "{}\n", dir)
                .config().jvmRingsDir());
    }

    @Test
    void anUnusableRingDirectoryDoesNotStopTheDaemon() throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yaml"), """
                - rule: Never
                  desc: x
                  condition: evt.type = process_start and jvm.exec.cmdline contains no-such-marker
                  output: "x"
                  priority: WARNING
                  source: jvm
                """);
        // A world-writable directory without the sticky bit is refused by the ring directory's rules.
        Path bad = Files.createDirectory(dir.resolve("open"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx")));
        Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("rwxrwxrwx"));
        startDaemon(rules, dir.resolve("a.jsonl"), bad);
        Thread.sleep(300);
        assertTrue(consumer.isAlive(), "the daemon keeps running without JVM rings");
        assertTrue(Files.notExists(bad.resolve("probe.pid")));
    }
}
