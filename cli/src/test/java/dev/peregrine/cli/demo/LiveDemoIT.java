package dev.peregrine.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.cli.Cli;
import dev.peregrine.probe.bpf.BpfSystem;
import dev.peregrine.probe.bpf.BpfUnavailableException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code peregrine demo} end to end, for real: the demo app in its own JVM with the built agent, the driver's
 * attacks, the verdict. Once with the agent's embedded engine ({@code --embedded}), once with the host probe in this
 * JVM (root + BPF; skips loudly without, and fails instead under PEREGRINE_REQUIRE_BPF=1). Needs the agent and demo
 * jars of this tree ({@code ./mvnw -pl javaagent,demo-apps -am install -DskipTests}); a missing jar fails.
 */
class LiveDemoIT {

    /** Every attack the driver sends and the rule that must catch it (dev.peregrine.demo.driver.Steps). */
    private static final Map<String, String> ATTACKS = Map.of(
            "command-injection", "Shell command with injection metacharacters run by JVM",
            "reverse-shell", "Reverse shell started by JVM",
            "path-traversal", "Path traversal read by JVM",
            "deserialization", "Process started by gadget chain in JVM",
            "jndi-injection", "JNDI lookup of remote URL",
            "native-library", "Native library loaded from writable directory",
            "webshell-upload", "Webshell written by JVM",
            "ffm-escape", "C library bound through FFM by JVM");

    /** Width of the table's STEP and RULE columns (LiveReport). */
    private static final int STEP_AND_RULE = 19 + 2 + 56 + 2;

    @BeforeAll
    static void jarsAreBuilt() {
        for (String jar : List.of("javaagent/target/peregrine-agent.jar", "demo-apps/target/peregrine-demo-app.jar")) {
            Path p = Cli.repo().resolve(jar);
            assertTrue(Files.isRegularFile(p), p + " missing: ./mvnw -pl javaagent,demo-apps -am install -DskipTests");
        }
    }

    @Test
    void embeddedEngineDetectsEveryAttackAndStaysQuietOnBenignTraffic() {
        Cli.Result r = Cli.run("demo", "--embedded", "--no-build");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("Mode: EMBEDDED. The host probe is not running (--embedded was given)"), r::toString);
        assertVerdict(r, true);
        assertTrue(r.out().contains("n/a (no probe)"), r::toString);
    }

    @Test
    void hostProbeSeesTheSameAttacksThroughTheAgentsRing() {
        try {
            BpfSystem.requireAvailable();
        } catch (BpfUnavailableException e) {
            String why = "*** BPF UNAVAILABLE: live probe demo SKIPPED: " + e.getMessage() + " ***";
            if ("1".equals(System.getenv("PEREGRINE_REQUIRE_BPF"))) {
                throw new AssertionError("PEREGRINE_REQUIRE_BPF=1 but " + e.getMessage(), e);
            }
            System.err.println(why);
            Assumptions.abort(why);
        }
        Cli.Result r = Cli.run("demo", "--no-build");
        assertTrue(r.out().contains("Mode: HOST PROBE."), r::toString);
        assertVerdict(r, false);
        assertEquals(0, r.exit(), r::toString);
    }

    /**
     * Every attack has a "yes" row; with {@code expectedRules}, caught by its own rule (the embedded engine sees
     * only JVM events). With the probe, a kernel alert joined with the JVM call may stand for the operation instead.
     */
    private static void assertVerdict(Cli.Result r, boolean expectedRules) {
        ATTACKS.forEach((step, rule) -> assertTrue(r.out().lines().anyMatch(l -> l.startsWith(step + " ")
                        && (!expectedRules || l.contains(" " + rule + " "))
                        && l.substring(STEP_AND_RULE).trim().startsWith("yes")),
                () -> "no detected row for " + step + " / " + rule + "\n" + r));
        assertTrue(r.out().contains("8/8 attacks detected; 0 of 6 benign steps raised an alert at Warning or above."),
                r::toString);
        assertTrue(r.out().contains("\nPASS\n"), r::toString);
    }
}
