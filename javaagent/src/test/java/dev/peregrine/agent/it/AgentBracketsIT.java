package dev.peregrine.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each operation is one event carrying its bracket: {@code mono} (begin) and {@code mono.end}, both
 * {@code System.nanoTime()}, inside the interval the application measured around its own call, and for a process
 * start enclosing the child's exec (the child is already the target program when {@code start()} returns), with
 * either launch mechanism of the JDK. A failing exec still gets its closed bracket, and the application its
 * exception.
 */
class AgentBracketsIT {

    private static final Pattern TIMES = Pattern.compile("before=(\\d+) after=(\\d+)");

    @TempDir
    Path work;

    @ParameterizedTest(name = "JDK {0}, {1}")
    @CsvSource({"17, POSIX_SPAWN", "17, VFORK", "25, POSIX_SPAWN", "25, VFORK"})
    void bracketsEncloseTheCallAndTheChildsExec(int jdk, String launchMechanism) throws Exception {
        TestJvm jvm = new TestJvm(work);
        List<String> cmd = jvm.command(jdk, jvm.agentArg("stack.watch=/etc/"), TestJvm.testClasses(),
                List.of("bracket-exec", "bracket-exec-missing", "bracket-open"));
        cmd.add(1, "-Djdk.lang.Process.launchMechanism=" + launchMechanism);
        TestJvm.Result r = jvm.run(cmd);
        assertEquals(0, r.exit(), r.stderr());
        Map<String, String> results = results(r);
        List<JsonNode> events = jvm.events();

        String exec = results.get("bracket-exec");
        assertTrue(exec.endsWith("cmdline=/bin/sleep 30"), "the child was exec'd when start() returned: " + exec);
        JsonNode start = AgentEventsIT.one(events, "process_start",
                e -> AgentEventsIT.text(e, "caller").equals(Marks.frame("Brackets", "exec", "bracket-exec")));
        assertEquals(List.of("/bin/sleep", "30"), AgentEventsIT.list(start, "exec.argv"));
        assertInside(start, exec);

        String missing = results.get("bracket-exec-missing");
        assertTrue(missing.endsWith("threw java.io.IOException"), missing);
        JsonNode failed = AgentEventsIT.one(events, "process_start", e -> AgentEventsIT.text(e, "caller")
                .equals(Marks.frame("Brackets", "execMissing", "bracket-exec-missing")));
        assertInside(failed, missing);

        JsonNode open = AgentEventsIT.one(events, "file_open", e -> AgentEventsIT.text(e, "caller")
                .equals(Marks.frame("Brackets", "open", "bracket-open")));
        String opened = results.get("bracket-open");
        assertInside(open, opened);
        // The OS tid of the thread that made the call, as the kernel reports it for the syscalls in the bracket.
        Matcher tid = Pattern.compile("tid=(\\d+)").matcher(opened);
        assertTrue(tid.find(), opened);
        assertEquals(Long.parseLong(tid.group(1)), open.get("tid").asLong());
        assertEquals(Long.parseLong(tid.group(1)), start.get("tid").asLong());

        for (JsonNode e : events) {
            assertTrue(e.get("mono").asLong() > 0 && e.get("mono.end").asLong() >= e.get("mono").asLong(),
                    "every event has a closed bracket: " + e);
        }
    }

    /** begin and end of the event lie within the application's before/after, in that order. */
    private static void assertInside(JsonNode event, String result) {
        Matcher m = TIMES.matcher(result);
        assertTrue(m.find(), result);
        long before = Long.parseLong(m.group(1));
        long after = Long.parseLong(m.group(2));
        long begin = event.get("mono").asLong();
        long end = event.get("mono.end").asLong();
        assertTrue(before <= begin && begin <= end && end <= after,
                "before " + before + " <= begin " + begin + " <= end " + end + " <= after " + after + ": " + event);
    }

    private static Map<String, String> results(TestJvm.Result r) {
        Map<String, String> map = new java.util.HashMap<>();
        for (String line : r.results()) {
            String[] parts = line.split(" ", 3);
            map.put(parts[1], parts[2]);
        }
        return map;
    }
}
