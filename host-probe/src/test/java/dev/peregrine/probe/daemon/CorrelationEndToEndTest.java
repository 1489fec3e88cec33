package dev.peregrine.probe.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.RuleMatching;
import dev.peregrine.probe.bpf.RequiresBpf;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The join for real: the daemon in this JVM with real eBPF, the default host rules, the correlated rules and the
 * test's own rules; a real JDK 25 JVM running {@code Corr.java} with the built agent ({@code mode=probe}) reads a
 * sensitive file on a request thread, starts processes under both launch mechanisms, connects on loopback, reads
 * files from many threads at once, starts shells through reflection and deserialization, and escapes through FFM.
 * Each kernel event must come out as one alert carrying the Java frame that caused it, or, for native code, flagged
 * {@code jvm.unexplained}. Every correlated rule is raised here by a real trigger and kept silent by a near miss
 * ({@link CoversRules}, checked by {@link CorrelatedRuleCoverageTest}).
 */
@ExtendWith(RequiresBpf.class)
class CorrelationEndToEndTest {

    private static final Path RULES = Path.of(System.getProperty("user.dir"))
            .resolve("../rules/src/main/resources/rules").normalize();

    static final String REQUEST_READ = "Sensitive file read by JVM request thread";
    static final String NATIVE_EXEC = "JVM native code executed a program";
    static final String NATIVE_OPEN = "JVM native code read a sensitive file";
    static final String NATIVE_CONNECT = "JVM native code connected out";
    static final String REFLECTIVE_SHELL = "Shell spawned by JVM through reflection";
    static final String INJECTED_SHELL = "Shell spawned by JVM from deserialization, JNDI or expression code";

    @TempDir
    Path dir;

    private Daemon daemon;
    private Thread consumer;
    private Path alerts;
    private Path ringDir;
    private String marker;

    @BeforeEach
    void start() throws Exception {
        dir = dir.toRealPath();
        marker = "pgc" + UUID.randomUUID().toString().substring(0, 8);
        Path rules = Files.writeString(dir.resolve("test_rules.yaml"), """
                - rule: Test correlated open
                  desc: a file of the test read by Java
                  condition: evt.type in (open, openat) and fd.name startswith "%1$s/files/" and jvm.correlated = true
                  output: "open %%fd.name jvm.file.path=%%jvm.file.path jvm.caller=%%jvm.caller jvm.thread.name=%%jvm.thread.name thread.tid=%%thread.tid"
                  priority: WARNING
                - rule: Test uncorrelated open
                  desc: a file of the test read without its Java call
                  condition: evt.type in (open, openat) and fd.name startswith "%1$s/files/" and jvm.correlated = false
                  output: "lone open %%fd.name unexplained=%%jvm.unexplained"
                  priority: WARNING
                - rule: Test exec
                  desc: the test's program started
                  condition: evt.type = execve and proc.name = true and proc.cmdline contains %2$s
                  output: "exec %%proc.cmdline jvm.correlated=%%jvm.correlated jvm.unexplained=%%jvm.unexplained jvm.caller=%%jvm.caller jvm.exec.cmdline=%%jvm.exec.cmdline jvm.op=%%jvm.op proc.pname=%%proc.pname"
                  priority: WARNING
                - rule: Test JVM process start
                  desc: the JVM's own event of a process start of the test (suppressed when the exec alerted)
                  condition: evt.type = process_start and jvm.exec.cmdline contains %2$s
                  output: "jvm start %%jvm.exec.cmdline"
                  priority: WARNING
                  source: jvm
                - rule: Test connect
                  desc: a connection to the test's listener
                  condition: evt.type = connect and fd.sip = 127.0.0.1 and fd.sport = %3$s
                  output: "connect %%fd.name jvm.correlated=%%jvm.correlated jvm.caller=%%jvm.caller jvm.net.port=%%jvm.net.port jvm.op=%%jvm.op"
                  priority: WARNING
                """.formatted(dir, marker, "PORT"));
        this.rules = rules;
        ringDir = Files.createDirectory(dir.resolve("jvm"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        alerts = dir.resolve("alerts.jsonl");
    }

    private Path rules;

    private void startDaemon(int port) throws Exception {
        Files.writeString(rules, Files.readString(rules).replace("PORT", Integer.toString(port)));
        List<Path> files = List.of(RULES.resolve("peregrine_rules.yaml"), RULES.resolve("correlated_rules.yaml"), rules);
        daemon = Daemon.start(DaemonConfig.DEFAULTS.withOutputFile(alerts).withJvmRingsDir(ringDir)
                        .withRuleMatching(RuleMatching.ALL), RulesSource.of(files, List::of), new StringWriter());
        consumer = new Thread(daemon::run, "daemon-under-test");
        consumer.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (daemon != null) {
            daemon.requestStop();
            consumer.join(10_000);
        }
    }

    /** Runs Corr.java with the agent and {@code actions}; waits until {@code rule} has {@code count} alerts. */
    private long run(List<String> jvmOptions, List<String> actions, String rule, int count) throws Exception {
        return CorrJvm.run(dir, ringDir, List.of(), jvmOptions, actions,
                () -> AlertLines.ofRule(alerts, rule).size() >= count, jvm -> { }).pid();
    }

    @Test
    @CoversRules(triggers = REQUEST_READ, nearMiss = {REQUEST_READ, NATIVE_EXEC, NATIVE_OPEN, NATIVE_CONNECT})
    void aSensitiveFileReadAProcessStartAndAConnectEachGiveOneJoinedAlert() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                try (Socket s = server.accept()) {
                    s.getInputStream().read();
                } catch (Exception e) {
                    // the test's assertions say what went wrong
                }
            });
            startDaemon(server.getLocalPort());
            // Near misses of the request-thread rule: the same file read on the main thread, and an ordinary file
            // read on the request thread.
            long pid = run(List.of(), List.of("open-main=/etc/shadow", "open=/etc/hostname", "open=/etc/shadow",
                    "exec=/bin/true " + marker, "connect=" + server.getLocalPort()), "Test connect", 1);
            acceptor.join(5_000);

            List<String> reads = forPid(AlertLines.ofRule(alerts, REQUEST_READ), pid);
            assertEquals(1, reads.size(), "one alert for the one request-thread read: " + AlertLines.read(alerts));
            String read = reads.get(0);
            assertEquals("/etc/shadow", AlertLines.value(read, "fd.name"), read);
            assertTrue(AlertLines.value(read, "jvm.caller").startsWith("Corr.readFile(Corr.java:"), read);
            assertEquals("http-nio-8080-exec-1", AlertLines.value(read, "jvm.thread.name"), read);
            assertEquals("/etc/shadow", AlertLines.value(read, "jvm.file.path"), read);

            assertOneJoinedExec(pid);

            List<String> connects = AlertLines.ofRule(alerts, "Test connect");
            assertEquals(1, connects.size(), connects.toString());
            String connect = connects.get(0);
            assertEquals("true", AlertLines.value(connect, "jvm.correlated"), connect);
            assertEquals("net_connect", AlertLines.value(connect, "jvm.op"), connect);
            assertTrue(AlertLines.value(connect, "jvm.caller").startsWith("Corr.connect(Corr.java:"), connect);
            assertEquals(Integer.toString(server.getLocalPort()), AlertLines.value(connect, "jvm.net.port"), connect);
        }
        assertEquals(List.of(), AlertLines.ofRule(alerts, NATIVE_EXEC));
        assertEquals(List.of(), AlertLines.ofRule(alerts, NATIVE_OPEN));
        assertEquals(List.of(), AlertLines.ofRule(alerts, NATIVE_CONNECT), "a Java connect is not native code's");
    }

    @Test
    void aProcessStartedInVforkModeJoinsItsJavaCall() throws Exception {
        startDaemon(1);
        long pid = run(List.of("-Djdk.lang.Process.launchMechanism=VFORK"), List.of("exec=/bin/true " + marker),
                "Test exec", 1);
        assertOneJoinedExec(pid);
    }

    @Test
    void aProcessStartedInPosixSpawnModeJoinsItsJavaCall() throws Exception {
        startDaemon(1);
        long pid = run(List.of("-Djdk.lang.Process.launchMechanism=POSIX_SPAWN"),
                List.of("exec=/bin/true " + marker), "Test exec", 1);
        assertOneJoinedExec(pid);
    }

    /** The exec of the marker: one alert, joined with the Java call, and no second alert from the JVM's own event. */
    private void assertOneJoinedExec(long pid) throws Exception {
        List<String> execs = AlertLines.ofRule(alerts, "Test exec");
        assertEquals(1, execs.size(), execs.toString());
        String exec = execs.get(0);
        assertEquals("/bin/true " + marker, AlertLines.value(exec, "proc.cmdline").replace("true ", "/bin/true ")
                .replace("/bin//bin/", "/bin/"), exec);
        assertEquals("true", AlertLines.value(exec, "jvm.correlated"), exec);
        assertEquals("false", AlertLines.value(exec, "jvm.unexplained"), exec);
        assertEquals("process_start", AlertLines.value(exec, "jvm.op"), exec);
        assertTrue(AlertLines.value(exec, "jvm.caller").startsWith("Corr.spawn(Corr.java:"), exec);
        assertEquals("/bin/true " + marker, AlertLines.value(exec, "jvm.exec.cmdline"), exec);
        assertEquals("java", AlertLines.value(exec, "proc.pname"), exec);
        assertEquals(List.of(), AlertLines.ofRule(alerts, "Test JVM process start"),
                "the JVM's event is not alerted on its own when its kernel exec did");
    }

    @Test
    void threadsInParallelKeepTheirAttributions() throws Exception {
        int threads = 8;
        Path files = Files.createDirectory(dir.resolve("files"));
        for (int i = 0; i < threads; i++) {
            for (int j = 0; j < 10; j++) {
                Files.writeString(files.resolve("t" + i + "-" + j), "x");
            }
        }
        startDaemon(1);
        run(List.of(), List.of("threads=" + threads + ":" + files), "Test correlated open", threads * 10);
        List<String> joined = AlertLines.ofRule(alerts, "Test correlated open");
        assertEquals(threads * 10, joined.size(), "one alert per read: " + joined);
        List<String> names = new ArrayList<>();
        for (String a : joined) {
            String name = AlertLines.value(a, "fd.name");
            names.add(name);
            assertEquals(name, AlertLines.value(a, "jvm.file.path"), a);
            String file = name.substring(name.lastIndexOf('/') + 2);
            assertEquals("worker-" + file.substring(0, file.indexOf('-')), AlertLines.value(a, "jvm.thread.name"), a);
            assertTrue(AlertLines.value(a, "jvm.caller").startsWith("Corr.readFile(Corr.java:"), a);
        }
        assertEquals(threads * 10, names.stream().distinct().count(), "every file once");
        assertEquals(List.of(), AlertLines.ofRule(alerts, "Test uncorrelated open"));
    }

    @Test
    @CoversRules(triggers = {NATIVE_EXEC, NATIVE_OPEN, NATIVE_CONNECT}, nearMiss = NATIVE_CONNECT)
    void nativeCodeThroughFfmIsFlaggedUnexplained() throws Exception {
        long pid;
        int port;
        try (ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            port = server.getLocalPort();
            startDaemon(port);
            // The Java connect to the same listener is the near miss of the native one; the listener's backlog
            // completes both handshakes without an accept.
            pid = run(List.of(), List.of("ffm-system=/bin/true " + marker, "connect=" + port,
                    "ffm-connect=" + port, "ffm-open=/etc/shadow"), NATIVE_OPEN, 1);
        }
        List<String> connects = forPid(AlertLines.ofRule(alerts, NATIVE_CONNECT), pid);
        assertEquals(1, connects.size(), "the native connect only: " + AlertLines.read(alerts));
        assertEquals(Integer.toString(port), AlertLines.value(connects.get(0), "fd.rport"), connects.get(0));
        assertEquals("127.0.0.1", AlertLines.value(connects.get(0), "fd.rip"), connects.get(0));
        List<String> tests = AlertLines.ofRule(alerts, "Test connect");
        assertEquals(2, tests.size(), tests.toString());
        assertEquals(1, tests.stream().filter(a -> "true".equals(AlertLines.value(a, "jvm.correlated"))
                && AlertLines.value(a, "jvm.caller").startsWith("Corr.connect(Corr.java:")).count(),
                "the Java connect is joined with its call: " + tests);
        assertEquals(1, tests.stream().filter(a -> "false".equals(AlertLines.value(a, "jvm.correlated"))).count(),
                "the native connect has no Java call: " + tests);

        List<String> execs = AlertLines.ofRule(alerts, "Test exec");
        assertFalse(execs.isEmpty(), "the shell system() ran: " + AlertLines.read(alerts));
        for (String exec : execs) {
            assertEquals("false", AlertLines.value(exec, "jvm.correlated"), exec);
        }
        List<String> escapes = AlertLines.ofRule(alerts, NATIVE_EXEC);
        // system() runs sh -c "<command>" in a child of the calling thread: that exec is the JVM's, unexplained.
        assertTrue(escapes.stream().anyMatch(a -> AlertLines.value(a, "proc.cmdline").contains(marker)
                        && AlertLines.value(a, "proc.name").equals("sh")),
                "native exec rule: " + AlertLines.read(alerts));
        List<String> opens = forPid(AlertLines.ofRule(alerts, NATIVE_OPEN), pid);
        assertEquals(1, opens.size(), AlertLines.read(alerts).toString());
        assertEquals("/etc/shadow", AlertLines.value(opens.get(0), "fd.name"), opens.get(0));
        assertEquals(List.of(), AlertLines.ofRule(alerts, REQUEST_READ));
    }

    /**
     * Shells started by Java code through the trampolines gadget chains use: Method.invoke (commons-collections'
     * InvokerTransformer), MethodHandle.invokeWithArguments, java.beans.Statement (XMLDecoder's), and a deserialized
     * object's readObject. Near miss: the same shell
     * started by a plain ProcessBuilder call raises neither rule; the deserialization one is not also reflective.
     */
    @Test
    @CoversRules(triggers = {REFLECTIVE_SHELL, INJECTED_SHELL}, nearMiss = {REFLECTIVE_SHELL, INJECTED_SHELL})
    void shellsStartedThroughReflectionOrDeserializationAreCalledOut() throws Exception {
        startDaemon(1);
        String direct = marker + "-direct";
        String handle = marker + "-handle";
        String beans = marker + "-beans";
        String invoked = marker + "-invoke";
        String deser = marker + "-deser";
        // "true" is a builtin of sh: each shell is the only exec of its action.
        run(List.of(), List.of("shell=true " + direct, "deserialize=true " + deser, "shell-mh=true " + handle,
                "shell-beans=true " + beans, "shell-invoke=true " + invoked), REFLECTIVE_SHELL, 3);

        List<String> reflective = AlertLines.ofRule(alerts, REFLECTIVE_SHELL);
        String viaHandle = only(reflective, handle);
        assertEquals("sh", AlertLines.value(viaHandle, "proc.name"), viaHandle);
        assertTrue(AlertLines.value(viaHandle, "jvm.caller").startsWith("Corr.shellByInvokeWithArguments(Corr.java:"),
                viaHandle);
        assertTrue(viaHandle.contains("java.lang.invoke.MethodHandle.invokeWithArguments("), viaHandle);
        String viaBeans = only(reflective, beans);
        assertTrue(viaBeans.contains("java.beans.Statement."), viaBeans);
        // The JDK runs Statement's call through a trampoline in a loader of its own: never the caller.
        assertTrue(AlertLines.value(viaBeans, "jvm.caller").startsWith("Corr.shellByBeansStatement(Corr.java:"),
                viaBeans);
        String viaInvoke = only(reflective, invoked);
        assertTrue(AlertLines.value(viaInvoke, "jvm.caller").startsWith("Corr.shellByMethodInvoke(Corr.java:"),
                viaInvoke);
        assertTrue(viaInvoke.contains("java.lang.reflect.Method.invoke("), viaInvoke);
        assertEquals(3, reflective.size(), "the direct and deserialization shells are not reflective: " + reflective);

        List<String> injected = AlertLines.ofRule(alerts, INJECTED_SHELL);
        String viaDeser = only(injected, deser);
        assertEquals("sh", AlertLines.value(viaDeser, "proc.name"), viaDeser);
        assertTrue(AlertLines.value(viaDeser, "jvm.caller").startsWith("Corr$Gadget.readObject(Corr.java:"), viaDeser);
        assertTrue(viaDeser.contains("java.io.ObjectInputStream.readObject"), viaDeser);
        assertEquals(1, injected.size(), "only the deserialized gadget's shell: " + injected);

        assertTrue(AlertLines.read(alerts).stream().anyMatch(a -> a.contains(direct)
                        && AlertLines.value(a, "jvm.caller").startsWith("Corr.spawn(Corr.java:")),
                "the direct shell ran, joined with its call (the host rules on shells show it): "
                        + AlertLines.read(alerts));
    }

    /** The one alert of {@code lines} mentioning {@code tag}. */
    private static String only(List<String> lines, String tag) {
        List<String> found = lines.stream().filter(l -> l.contains(tag)).toList();
        assertEquals(1, found.size(), "one alert for " + tag + ": " + lines);
        return found.get(0);
    }

    private static List<String> forPid(List<String> lines, long pid) {
        return lines.stream().filter(l -> Long.toString(pid).equals(AlertLines.value(l, "proc.pid"))).toList();
    }
}
