package dev.peregrine.engine;

import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.output.OutputAppend;
import dev.peregrine.engine.rules.RulesFile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Conditional output appends: the Java side added to host alerts on correlated events, and only there. */
class OutputAppendTest {

    private static final String RULES = """
            - rule: shell
              desc: d
              condition: evt.type = execve and proc.name = sh
              output: shell %proc.name
              priority: NOTICE
            - rule: shell with java
              desc: d
              condition: evt.type = execve and proc.name = sh and jvm.correlated = true
              output: shell %proc.name from %jvm.caller
              priority: WARNING
            """;

    private static final OutputAppend JAVA = new OutputAppend(Sources.SYSCALL, "jvm.correlated",
            "| java: caller=%jvm.caller");
    private static final OutputAppend NATIVE = new OutputAppend(Sources.SYSCALL, "jvm.unexplained",
            "| native unexplained=%jvm.unexplained");

    private static List<Alert> evaluate(MapEvent event, OutputAppend... appends) throws RulesException {
        Engine.Builder b = Engine.builder().binder(Sources.SYSCALL, MapEvent.binder()).hostname("h");
        for (OutputAppend a : appends) {
            b.appendOutput(a);
        }
        Engine engine = b.build();
        engine.loadFiles(List.of(new RulesFile("rules.yaml", RULES)));
        List<Alert> alerts = new ArrayList<>();
        engine.evaluate(event, a -> alerts.add(a.copy()));
        return alerts;
    }

    private static MapEvent sh() {
        return MapEvent.syscall("execve").with("proc.name", "sh");
    }

    @Test
    void correlatedEventsGetTheJavaSideAndItsFieldsInEveryRulesOutput() throws RulesException {
        List<Alert> alerts = evaluate(sh().with("jvm.correlated", true).with("jvm.caller", "App.run(App.java:9)"),
                JAVA, NATIVE);
        assertEquals("shell sh | java: caller=App.run(App.java:9)", alerts.get(0).output());
        assertEquals("App.run(App.java:9)", alerts.get(0).outputFields().get("jvm.caller"));
        // A rule that prints jvm.* fields itself says what it wants: no second copy of the caller.
        assertEquals("shell sh from App.run(App.java:9)", alerts.get(1).output());
    }

    @Test
    void theFirstAppendWhoseFieldIsTrueApplies() throws RulesException {
        List<Alert> alerts = evaluate(sh().with("jvm.correlated", false).with("jvm.unexplained", true), JAVA, NATIVE);
        assertEquals(1, alerts.size());
        assertEquals("shell sh | native unexplained=true", alerts.get(0).output());
    }

    @Test
    void eventsWithoutTheFieldKeepTheRulesOutput() throws RulesException {
        List<Alert> alerts = evaluate(sh(), JAVA, NATIVE);
        assertEquals("shell sh", alerts.get(0).output());
        assertTrue(!alerts.get(0).outputFields().containsKey("jvm.caller"), alerts.get(0).outputFields()::toString);
        assertEquals("shell sh", evaluate(sh().with("jvm.correlated", true)).get(0).output(), "no append configured");
    }

    @Test
    void anAppendConditionMustBeABoolField() {
        assertThrows(IllegalArgumentException.class,
                () -> evaluate(sh(), new OutputAppend(Sources.SYSCALL, "proc.name", "x")));
    }
}
