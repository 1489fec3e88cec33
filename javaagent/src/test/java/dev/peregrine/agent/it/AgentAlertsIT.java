package dev.peregrine.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The embedded engine evaluates the built-in {@code jvm_rules.yaml}: each dangerous operation of the test
 * application raises exactly its rule's alert, as Falco JSON with the calling frame, and a harmless one raises none.
 * Without SLF4J on the application's class path the readable alert goes to stderr in Falco's text format.
 */
class AgentAlertsIT {

    @TempDir
    Path work;

    @ParameterizedTest(name = "JDK {0}")
    @ValueSource(ints = {17, 25})
    void starterRulesAlertWithTheCallingFrame(int jdk) throws Exception {
        TestJvm jvm = new TestJvm(work);
        List<String> ops = List.of("file-read", "shadow", "exec", "deser", "jndi", "native");
        TestJvm.Result r = jvm.run(jvm.command(jdk, jvm.agentArg(""), TestJvm.testClasses(), ops));
        assertEquals(0, r.exit(), r.stderr());

        Map<String, JsonNode> byRule = new TreeMap<>();
        List<String> rules = new ArrayList<>();
        for (JsonNode alert : jvm.alerts()) {
            rules.add(alert.get("rule").asText());
            byRule.put(alert.get("rule").asText(), alert);
        }
        assertEquals(List.of("Sensitive file read by JVM", "Command executed from a JVM",
                "Deserialization of known gadget class", "JNDI lookup of remote URL",
                "Native library loaded from writable directory"), rules);

        assertAlert(byRule.get("Sensitive file read by JVM"), "Warning", Marks.ops("shadow", "shadow"),
                "jvm.file.path", "/etc/shadow");
        String execPriority = StarterRules.priority("Command executed from a JVM");
        assertAlert(byRule.get("Command executed from a JVM"), execPriority, Marks.ops("exec", "exec"),
                "jvm.exec.cmdline", "/bin/sh -c echo $PEREGRINE_TEST");
        assertAlert(byRule.get("Deserialization of known gadget class"), "Critical", Marks.ops("deser", "deser"),
                "jvm.deser.class", "javax.management.BadAttributeValueExpException");
        assertAlert(byRule.get("JNDI lookup of remote URL"), "Critical", Marks.ops("jndi", "jndi"),
                "jvm.jndi.name", "ldap://127.0.0.1:1/cn=peregrine");
        assertAlert(byRule.get("Native library loaded from writable directory"), "Error",
                Marks.ops("nativeLoad", "native"), "jvm.lib.path", work + "/libpdemo.so");
        JsonNode exec = byRule.get("Command executed from a JVM");
        assertTrue(exec.get("output_fields").get("jvm.stack.head").asText().startsWith("java.lang.ProcessImpl.start("));
        assertEquals("jvm", exec.get("source").asText());
        assertTrue(exec.get("tags").toString().contains("T1059"), exec.toString());

        // No SLF4J in this application: the readable line goes to stderr, as Falco prints it.
        assertTrue(r.stderr().contains(": " + execPriority + " Command executed from a JVM (command=/bin/sh -c echo $PEREGRINE_TEST"),
                r.stderr());
    }

    private static void assertAlert(JsonNode alert, String priority, String caller, String field, String value) {
        assertEquals(priority, alert.get("priority").asText(), alert.toString());
        assertEquals(caller, alert.get("output_fields").get("jvm.caller").asText(), alert.toString());
        assertEquals(value, alert.get("output_fields").get(field).asText(), alert.toString());
        assertTrue(alert.get("output").asText().contains("caller=" + caller), alert.toString());
    }
}
