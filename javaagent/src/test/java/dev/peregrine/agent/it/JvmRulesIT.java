package dev.peregrine.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.peregrine.agent.it.JvmRuleActions.Action;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 6: every default JVM rule fires on a real attack and stays quiet on its near miss. One real JVM per JDK
 * runs {@code testapp.Attacks} with the built agent in embedded mode and its default rules (the jvm_rules.yaml
 * inside the agent jar, no rules of the test's); each action's alerts are told apart by their {@code jvm.caller},
 * the marked line that made the call, and must be exactly the rules {@link JvmRuleActions} lists for it.
 */
class JvmRulesIT {

    static final String ATTACKS = "dev.peregrine.agent.testapp.Attacks";
    /** The newest JDK the test runs on: every action must run there. */
    static final int NEWEST_JDK = 25;
    private static final Set<String> SEVERE = Set.of("Emergency", "Alert", "Critical", "Error", "Warning");
    private static final Path SOURCE = Path.of("../rules/src/main/resources/rules/jvm_rules.yaml");

    @TempDir
    Path work;

    /**
     * JDK 17 runs with an events file, which makes the agent record every operation: each action's event is then
     * shown to have reached the engine, so a quiet near miss was evaluated and let through, not missed. JDK 25 runs
     * with the agent's defaults only, where the rules decide what is recorded at all.
     */
    static Stream<Arguments> jvms() {
        return Stream.of(Arguments.of(17, true), Arguments.of(NEWEST_JDK, false));
    }

    @ParameterizedTest(name = "JDK {0}, events file {1}")
    @MethodSource("jvms")
    void eachRuleFiresOnItsAttackAndNotOnItsNearMiss(int jdk, boolean eventsFile) throws Exception {
        // The work directory is where the native payload is dropped: it must be one of jvm_writable_dirs.
        assertTrue(work.toString().startsWith("/tmp/"), "java.io.tmpdir must be under /tmp: " + work);
        List<Action> actions = JvmRuleActions.on(jdk);
        List<String> names = new ArrayList<>();
        for (Action a : actions) {
            names.add(a.name());
        }
        TestJvm jvm = new TestJvm(work);
        String agent = "-javaagent:" + TestJvm.agentJar() + "=quiet=true,mode=embedded,alerts.json=" + jvm.alerts
                + (eventsFile ? ",events.file=" + jvm.events : "");
        TestJvm.Result r = jvm.run(jvm.command(jdk, agent, TestJvm.testClasses(), ATTACKS, names));
        assertEquals(0, r.exit(), r.stderr());

        Map<String, String> outcomes = outcomes(r);
        Map<String, List<JsonNode>> byCaller = new LinkedHashMap<>();
        for (JsonNode alert : jvm.alerts()) {
            byCaller.computeIfAbsent(alert.path("output_fields").path("jvm.caller").asText(), k -> new ArrayList<>())
                    .add(alert);
        }
        Set<String> eventCallers = new HashSet<>();
        for (JsonNode event : jvm.events()) {
            eventCallers.add(event.path("caller").asText());
        }
        List<String> failures = new ArrayList<>();
        for (Action a : actions) {
            check(a, outcomes.get(a.name()), byCaller.remove(a.caller()), failures);
            if (eventsFile && !eventCallers.contains(a.caller())) {
                failures.add(a.name() + ": no event from " + a.caller() + " reached the engine");
            }
        }
        for (List<JsonNode> unexplained : byCaller.values()) {
            for (JsonNode alert : unexplained) {
                failures.add("alert no action explains: " + alert);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n--- stdout:\n" + r.stdout()
                + "--- stderr:\n" + r.stderr());
    }

    /** What one action made the application see and the agent raise, against the table. */
    private static void check(Action a, String outcome, List<JsonNode> alerts, List<String> failures) {
        String what = (a.attack() ? "attack " : "near miss ") + a.name() + " (" + a.rule() + ")";
        if (outcome == null || !outcome.startsWith(a.outcome())) {
            failures.add(what + ": the application saw '" + outcome + "', expected '" + a.outcome() + "...'");
        }
        List<String> fired = new ArrayList<>();
        for (JsonNode alert : alerts == null ? List.<JsonNode>of() : alerts) {
            String rule = alert.path("rule").asText();
            String priority = alert.path("priority").asText();
            fired.add(rule);
            if (!priority.equals(StarterRules.priority(rule))) {
                failures.add(what + ": " + rule + " raised at " + priority + ", the rule says "
                        + StarterRules.priority(rule));
            }
            if (rule.equals(JvmRuleActions.EXEC) && !priority.equals("Notice")) {
                failures.add(what + ": " + rule + " at " + priority + " (merely starting a process is Notice)");
            }
            if (!a.attack() && SEVERE.contains(priority)) {
                failures.add(what + ": raised " + rule + " at " + priority + " (a near miss must stay below Warning)");
            }
            if (!alert.path("output").asText().contains("caller=" + a.caller())) {
                failures.add(what + ": output does not name the caller: " + alert.path("output").asText());
            }
        }
        List<String> expected = new ArrayList<>(a.fired());
        Collections.sort(fired);
        Collections.sort(expected);
        if (!fired.equals(expected)) {
            failures.add(what + ": raised " + fired + ", expected " + expected + " (caller " + a.caller() + ")");
        }
    }

    /** {@code RESULT <action> <outcome>} lines by action. */
    private static Map<String, String> outcomes(TestJvm.Result r) {
        Map<String, String> byAction = new LinkedHashMap<>();
        for (String line : r.results()) {
            String[] parts = line.split(" ", 3);
            byAction.put(parts[1], parts.length > 2 ? parts[2] : "");
        }
        return byAction;
    }

    /**
     * The coverage check: the rules the agent ships are exactly the rules with a real attack and a near miss in
     * {@link JvmRuleActions}, all runnable on the newest JDK tested. A new rule without a real test fails here.
     */
    @Test
    void everyShippedRuleHasARealAttackAndANearMiss() throws Exception {
        String shipped = ShippedRules.embeddedText();
        assertEquals(Files.readString(SOURCE), shipped, "the agent jar's " + ShippedRules.RULES + " is not "
                + SOURCE + ": rebuild the agent (-pl javaagent -am install) so this test runs the rules as written");
        Set<String> rules = ShippedRules.ruleNames(shipped);
        long ruleLines = shipped.lines().filter(l -> l.startsWith("- rule:")).count();
        assertEquals(ruleLines, rules.size(), "rule names parsed from jvm_rules.yaml: " + rules);

        Set<String> attacked = new TreeSet<>();
        Set<String> missed = new TreeSet<>();
        Set<String> names = new HashSet<>();
        for (Action a : JvmRuleActions.ALL) {
            assertTrue(names.add(a.name()), "duplicate action " + a.name());
            assertTrue(a.minJdk() <= NEWEST_JDK, a.name() + " runs on no JDK the test starts");
            assertTrue(rules.containsAll(a.fired()), a.name() + " expects a rule that is not shipped: " + a.fired());
            assertEquals(a.attack(), a.fired().contains(a.rule()), a.name() + ": an attack raises its rule, a near"
                    + " miss does not");
            (a.attack() ? attacked : missed).add(a.rule());
            assertFalse(a.caller().isEmpty());
        }
        assertEquals(new TreeSet<>(rules), attacked, "rules with a real attack in JvmRuleActions");
        assertEquals(new TreeSet<>(rules), missed, "rules with a near miss in JvmRuleActions");
    }
}
