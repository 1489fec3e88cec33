package dev.peregrine.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dynamic attach ({@code Agent-Class}, agentmain) into a running JVM with {@code jcmd JVMTI.agent_load}. */
class AgentAttachIT {

    @TempDir
    Path work;

    @ParameterizedTest(name = "JDK {0}")
    @ValueSource(ints = {17, 25})
    void attachedAgentReportsLaterOperations(int jdk) throws Exception {
        TestJvm jvm = new TestJvm(work);
        Path out = work.resolve("stdout.txt");
        Process app = new ProcessBuilder(jvm.command(jdk, null, TestJvm.testClasses(), List.of("await-attach", "exec")))
                .redirectOutput(out.toFile()).redirectError(work.resolve("stderr.txt").toFile()).start();
        try {
            for (int i = 0; i < 300 && !(Files.exists(out) && Files.readString(out).contains("READY")); i++) {
                Thread.sleep(100);
            }
            // jcmd parses name=value itself: the agent options must be one quoted argument.
            String agentArgs = "\"" + jvm.agentArg("").substring(jvm.agentArg("").indexOf('=') + 1) + "\"";
            Process jcmd = new ProcessBuilder(TestJvm.javaHome(jdk).resolve("bin/jcmd").toString(),
                    Long.toString(app.pid()), "JVMTI.agent_load", TestJvm.agentJar().toString(), agentArgs)
                    .redirectErrorStream(true).start();
            String jcmdOut = new String(jcmd.getInputStream().readAllBytes());
            assertTrue(jcmd.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, jcmd.exitValue(), jcmdOut);
            Files.createFile(work.resolve("attached"));
            assertTrue(app.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, app.exitValue(), Files.readString(work.resolve("stderr.txt")));
        } finally {
            app.destroyForcibly();
        }
        assertTrue(Files.readString(out).contains("RESULT await-attach attached"));
        JsonNode exec = AgentEventsIT.one(jvm.events(), "process_start", e -> true);
        assertEquals(Marks.ops("exec", "exec"), exec.get("caller").asText());
        assertEquals(1, jvm.alerts().size());
    }
}
