package dev.peregrine.cli.demo.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

import org.junit.jupiter.api.Test;

class AttributionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long APP = 4242;

    private final StepReport page = step("page-index", false, null, 1_000, 1_100);
    private final StepReport cmdi = step("command-injection", true, "Shell rule", 1_300, 1_400);

    @Test
    void jvmAlertsGoToTheStepNamedByTheirThread() throws Exception {
        LiveAlert a = alert("Shell rule", "Warning", "jvm", "1970-01-01T00:00:05Z",
                "{\"jvm.thread.name\":\"http-command-injection\",\"jvm.pid\":4242}");
        Attribution at = new Attribution(List.of(page, cmdi), List.of(a), APP, "peregrine-demo");
        assertEquals(List.of(a), at.bySteps.get(cmdi), "the thread name wins over the time");
        assertTrue(at.bySteps.get(page).isEmpty());
    }

    @Test
    void kernelAlertsAboutTheDemoGoToTheirTimeWindowOthersStayApart() throws Exception {
        LiveAlert child = alert("Shell spawned", "Warning", "syscall", "1970-01-01T00:00:01.050Z",
                "{\"proc.ppid\":4242,\"proc.name\":\"sh\"}");
        LiveAlert marked = alert("Read", "Warning", "syscall", "1970-01-01T00:00:01.450Z",
                "{\"fd.name\":\"/tmp/peregrine-demo-1/app/x\",\"proc.pid\":7}");
        LiveAlert startup = alert("Open", "Notice", "syscall", "1970-01-01T00:00:00.100Z", "{\"proc.pid\":4242}");
        LiveAlert other = alert("Shell spawned", "Warning", "syscall", "1970-01-01T00:00:01.050Z",
                "{\"proc.ppid\":99,\"proc.name\":\"sh\"}");
        Attribution at = new Attribution(List.of(page, cmdi), List.of(child, marked, startup, other), APP,
                "peregrine-demo");
        assertEquals(List.of(child), at.bySteps.get(page));
        assertEquals(List.of(marked), at.bySteps.get(cmdi), "within the grace period after the step's end");
        assertEquals(List.of(startup), at.demoOutsideSteps);
        assertEquals(List.of(other), at.unrelated);
    }

    @Test
    void correlatedMeansKernelAlertWithJvmFields() throws Exception {
        assertTrue(alert("R", "Critical", "syscall", "1970-01-01T00:00:01Z",
                "{\"proc.name\":\"sh\",\"jvm.caller\":\"a.B.c(B.java:1)\"}").correlated());
        assertFalse(alert("R", "Critical", "syscall", "1970-01-01T00:00:01Z",
                "{\"proc.name\":\"sh\",\"jvm.caller\":\"<NA>\"}").correlated());
        assertFalse(alert("R", "Critical", "jvm", "1970-01-01T00:00:01Z",
                "{\"jvm.caller\":\"a.B.c(B.java:1)\"}").correlated(), "a JVM-only alert has no kernel side");
    }

    private static StepReport step(String id, boolean attack, String rule, long start, long end) {
        return new StepReport(id, id, attack, rule, "GET /", 200, "ok", null, start, end);
    }

    private static LiveAlert alert(String rule, String priority, String source, String time, String fields)
            throws Exception {
        return LiveAlert.of(JSON.readTree("{\"rule\":\"" + rule + "\",\"priority\":\"" + priority + "\",\"source\":\""
                + source + "\",\"time\":\"" + time + "\",\"output\":\"x\",\"output_fields\":" + fields + "}"));
    }
}
