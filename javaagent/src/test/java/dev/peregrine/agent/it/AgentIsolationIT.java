package dev.peregrine.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An application carrying its own, older ByteBuddy, JCTools, SnakeYAML and SLF4J (1.7 with slf4j-simple) gets
 * exactly its versions, sees none of the agent's classes, and receives the agent's alerts in its own SLF4J.
 */
class AgentIsolationIT {

    @TempDir
    Path work;

    @ParameterizedTest(name = "JDK {0}")
    @ValueSource(ints = {17, 25})
    void applicationKeepsItsOwnLibrariesAndGetsAlertsInItsSlf4j(int jdk) throws Exception {
        List<Path> cp = new ArrayList<>(List.of(Path.of(TestJvm.testClasses())));
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("peregrine.it.libs")))) {
            jars.sorted().forEach(cp::add);
        }
        assertEquals(6, cp.size(), "isolation libraries missing: " + cp);
        TestJvm jvm = new TestJvm(work);
        TestJvm.Result r = jvm.run(jvm.command(jdk, jvm.agentArg(""), TestJvm.classpath(cp.toArray(new Path[0])),
                List.of("isolation", "exec")));
        assertEquals(0, r.exit(), r.stderr());
        String isolation = r.results().get(0);
        assertTrue(isolation.contains("net.bytebuddy.ByteBuddy@byte-buddy-1.14.18.jar"), isolation);
        assertTrue(isolation.contains("org.jctools.queues.MpscArrayQueue@jctools-core-3.3.0.jar"), isolation);
        assertTrue(isolation.contains("org.yaml.snakeyaml.Yaml@snakeyaml-1.33.jar"), isolation);
        assertTrue(isolation.contains("org.slf4j.LoggerFactory@slf4j-api-1.7.36.jar"), isolation);
        assertTrue(isolation.contains("yaml={a=1}"), isolation);
        assertTrue(isolation.contains("hidden:Event hidden:AgentRuntime hidden:ByteBuddy"), isolation);
        assertFalse(isolation.contains("VISIBLE"), isolation);

        // The application's own logging works, and the alert went through the same SLF4J (slf4j-simple's format).
        assertTrue(r.stderr().contains("INFO testapp - application log line"), r.stderr());
        String priority = StarterRules.priority("Command executed from a JVM");
        assertTrue(r.stderr().contains(StarterRules.slf4jLevel(priority) + " peregrine.alerts - Command executed from a JVM"
                + " (command=/bin/sh -c echo $PEREGRINE_TEST"), r.stderr());
        assertFalse(r.stderr().contains(": " + priority + " Command executed"), "alert also went to stderr:\n" + r.stderr());
        assertEquals(1, jvm.alerts().size());
    }
}
