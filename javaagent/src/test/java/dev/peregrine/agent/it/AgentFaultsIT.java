package dev.peregrine.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault injection: a sink and the engine that throw, a full queue behind a slow engine. Whatever happens inside the
 * agent, the application's results and exceptions (messages included) are exactly what they are without the agent.
 */
class AgentFaultsIT {

    private static final List<String> OPS = List.of("file-read", "file-missing", "nio-write", "raf", "delete-rename",
            "exec", "tcp", "channels", "unix", "deser", "jndi", "native");

    @TempDir
    Path work;

    @ParameterizedTest(name = "JDK {0}")
    @ValueSource(ints = {17, 25})
    void throwingSinkAndEngineChangeNothingForTheApplication(int jdk) throws Exception {
        List<String> expected = baseline(jdk);
        TestJvm jvm = new TestJvm(work.resolve("faulty"));
        TestJvm.Result r = runOps(jvm, jdk, jvm.agentArg("test.fault=sink-throws:engine-throws"));
        assertEquals(expected, r.results());
        assertTrue(r.results().contains("RESULT file-missing java.io.FileNotFoundException: "
                + "/etc/peregrine-no-such-file (No such file or directory)"), r.stdout());
        // Reported once, then counted (the count is printed at exit).
        assertEquals(1, count(r.stderr(), "[peregrine] agent failure in"), r.stderr());
        Matcher m = Pattern.compile("(\\d+) agent failures").matcher(r.stderr());
        assertTrue(m.find(), r.stderr());
        assertTrue(Long.parseLong(m.group(1)) > 10, r.stderr());
        // The event log, the sink after the broken one, still got every event; the broken engine alerted nothing.
        assertTrue(jvm.events().size() > 10);
        assertTrue(jvm.alerts().isEmpty());
    }

    @ParameterizedTest(name = "JDK {0}")
    @ValueSource(ints = {17, 25})
    void fullQueueDropsAndCountsWithoutBlocking(int jdk) throws Exception {
        List<String> expected = baseline(jdk);
        TestJvm jvm = new TestJvm(work.resolve("slow"));
        TestJvm.Result r = runOps(jvm, jdk, jvm.agentArg("queue.capacity=2,test.engine.delay.ms=300"));
        assertEquals(expected, r.results());
        Matcher m = Pattern.compile("(\\d+) dropped \\(queue full\\)").matcher(r.stderr());
        assertTrue(m.find(), r.stderr());
        assertTrue(Long.parseLong(m.group(1)) > 0, r.stderr());
        assertFalse(r.stderr().contains("[peregrine] agent failure in"), r.stderr());
        assertTrue(r.stderr().contains(" 0 agent failures"), r.stderr());
    }

    private List<String> baseline(int jdk) throws Exception {
        TestJvm.Result r = runOps(new TestJvm(work.resolve("plain")), jdk, null);
        assertEquals(OPS.size(), r.results().size(), r.stdout());
        return r.results();
    }

    /** Runs every operation in {@code jvm} with {@code agentArg} (null: no agent); the JVM must exit normally. */
    private static TestJvm.Result runOps(TestJvm jvm, int jdk, String agentArg) throws Exception {
        Files.createDirectories(jvm.work);
        TestJvm.Result r = jvm.run(jvm.command(jdk, agentArg, TestJvm.testClasses(), OPS));
        assertEquals(0, r.exit(), r.stderr());
        return r;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
