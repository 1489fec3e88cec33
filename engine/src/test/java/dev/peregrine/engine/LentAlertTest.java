package dev.peregrine.engine;

import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.output.FalcoJson;
import dev.peregrine.engine.output.FalcoText;
import dev.peregrine.engine.rules.RulesFile;
import dev.peregrine.engine.sink.AlertSink;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The engine lends one reused alert per thread to sinks: what a sink sees, what it may keep, and when it fails. */
class LentAlertTest {

    private static final String RULES = """
            - rule: shell
              desc: d
              condition: evt.type = execve and proc.name in (bash, sh)
              output: "shell %proc.name \\"quoted\\" pid=%proc.pid parent=%proc.pname again=%proc.name"
              priority: WARNING
              tags: [shell, mitre, container]
            - rule: any bash
              desc: d
              condition: proc.name = bash
              output: bash did %evt.type (%evt.time)
              priority: NOTICE
              warn_evttypes: false
            """;

    private static final FalcoJson JSON = new FalcoJson(ZoneOffset.UTC);

    private static Engine engine() throws RulesException {
        Engine e = Engine.builder().binder(Sources.SYSCALL, MapEvent.binder()).hostname("h").build();
        e.loadFiles(List.of(new RulesFile("rules.yaml", RULES)));
        return e;
    }

    private static MapEvent bash(long pid) {
        return MapEvent.syscall("execve").with("proc.name", "bash").with("proc.pid", pid);
    }

    @Test
    void whatASinkRendersDuringAcceptIsWhatItsCopyRendersByteForByte() throws RulesException {
        List<String> lentJson = new ArrayList<>();
        List<String> lentText = new ArrayList<>();
        List<Alert> copies = new ArrayList<>();
        engine().evaluate(bash(42), alert -> {
            StringBuilder sb = new StringBuilder();
            JSON.append(sb, alert);
            lentJson.add(sb.toString());
            lentText.add(FalcoText.line(alert, ZoneOffset.UTC));
            copies.add(alert.copy());
        });
        assertEquals(2, copies.size());
        for (int i = 0; i < copies.size(); i++) {
            assertEquals(JSON.format(copies.get(i)), lentJson.get(i));
            assertEquals(FalcoText.line(copies.get(i), ZoneOffset.UTC), lentText.get(i));
        }
        Alert shell = copies.get(0);
        assertEquals("shell bash \"quoted\" pid=42 parent=<NA> again=bash", shell.output());
        assertEquals(Map.of("proc.name", "bash", "proc.pid", 42L), Map.copyOf(withoutNulls(shell.outputFields())));
        assertEquals(List.of("proc.name", "proc.pid", "proc.pname"), List.copyOf(shell.outputFields().keySet()));
        assertEquals(List.of("container", "mitre", "shell"), shell.tags());
        assertEquals("any bash", copies.get(1).rule());
        assertSame(shell, shell.copy(), "a kept alert is its own copy");
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> fields) {
        Map<String, Object> out = new java.util.HashMap<>();
        fields.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    @Test
    void aLentAlertReadAfterAcceptReturnedFailsLoudly() throws RulesException {
        List<Alert> kept = new ArrayList<>();
        AlertSink careless = kept::add;
        engine().evaluate(bash(1), careless);
        assertEquals(2, kept.size());
        assertSame(kept.get(0), kept.get(1), "one reused alert per thread");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> kept.get(0).output());
        assertEquals("alert read after AlertSink.accept returned: a sink that keeps an alert must keep alert.copy()",
                e.getMessage());
        assertThrows(IllegalStateException.class, () -> kept.get(0).rule());
        assertThrows(IllegalStateException.class, () -> kept.get(0).fieldValue(0));
        assertThrows(IllegalStateException.class, () -> kept.get(0).copy());
    }

    @Test
    void theNextAlertOnTheThreadGetsItsOwnValues() throws RulesException {
        Engine engine = engine();
        CollectingSink sink = new CollectingSink();
        engine.evaluate(bash(1), sink);
        engine.evaluate(bash(2), sink);
        assertEquals(List.of("shell bash \"quoted\" pid=1 parent=<NA> again=bash",
                "shell bash \"quoted\" pid=2 parent=<NA> again=bash"),
                List.of(sink.alerts.get(0).output(), sink.alerts.get(2).output()));
    }

    @Test
    void aSinkThatEvaluatesEventsItselfKeepsItsOwnAlertIntact() throws RulesException {
        Engine engine = engine();
        List<String> seen = new ArrayList<>();
        List<Alert> inner = new ArrayList<>();
        engine.evaluate(bash(1), outer -> {
            if (!outer.rule().equals("shell")) {
                return;
            }
            engine.evaluate(bash(2), alert -> inner.add(alert.copy()));
            seen.add(outer.output());
        });
        assertEquals(List.of("shell bash \"quoted\" pid=1 parent=<NA> again=bash"), seen);
        assertEquals(2, inner.size());
        assertNotSame(inner.get(0), inner.get(1));
        assertEquals("shell bash \"quoted\" pid=2 parent=<NA> again=bash", inner.get(0).output());
    }

    @Test
    void fieldsCanBeReadByIndexWithoutAMap() throws RulesException {
        List<String> read = new ArrayList<>();
        engine().evaluate(bash(7), alert -> {
            for (int i = 0; i < alert.fieldCount(); i++) {
                read.add(alert.fieldName(i) + "=" + alert.fieldValue(i));
            }
        });
        assertEquals(List.of("proc.name=bash", "proc.pid=7", "proc.pname=null", "evt.type=execve", "evt.time=null"),
                read);
    }
}
