package dev.peregrine.engine.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.engine.diag.Diagnostic;
import dev.peregrine.engine.diag.RulesException;
import dev.peregrine.engine.diag.TextLocator;
import dev.peregrine.engine.event.Sources;
import dev.peregrine.engine.fields.FieldRegistry;
import dev.peregrine.engine.rules.Priority;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OutputFormatTest {

    private static final long T = 1_795_425_151_123_456_789L;

    private static OutputFormat compile(String format, String source) throws RulesException {
        return OutputFormat.compile(format, source, FieldRegistry.standard(), FakeEvent.BINDER,
                TextLocator.inline("rules.yaml", format));
    }

    private static FakeEvent event(Object... keyValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new FakeEvent(Sources.SYSCALL, "execve", T, values);
    }

    @Test
    void rendersFieldsArgumentsAndMissingValuesLikeFalco() throws RulesException {
        OutputFormat format = compile("Shell spawned | user=%user.name uid=%user.uid gparent=%proc.aname[2] "
                + "flags=%evt.arg.flags upper=%proc.is_exe_upper_layer container=%container.id", Sources.SYSCALL);
        RenderedOutput out = format.render(event("user.name", "root", "user.uid", 0L, "proc.aname[2]", "sshd",
                "evt.arg[flags]", "EXE_WRITABLE|EXE_UPPER_LAYER", "proc.is_exe_upper_layer", true));
        assertEquals("Shell spawned | user=root uid=0 gparent=sshd flags=EXE_WRITABLE|EXE_UPPER_LAYER upper=true "
                + "container=<NA>", out.text());
        assertEquals(List.of("user.name", "user.uid", "proc.aname[2]", "evt.arg.flags", "proc.is_exe_upper_layer",
                "container.id"), new ArrayList<>(out.fields().keySet()));
        assertEquals(0L, out.fields().get("user.uid"));
        assertEquals(Boolean.TRUE, out.fields().get("proc.is_exe_upper_layer"));
        assertTrue(out.fields().containsKey("container.id"));
        assertEquals(null, out.fields().get("container.id"));
    }

    @Test
    void widthPadsAndTruncatesAndTrailingDotsAreText() throws RulesException {
        OutputFormat format = compile("*[%5proc.pid|%3proc.name] opened %fd.name.", Sources.SYSCALL);
        RenderedOutput out = format.render(event("proc.pid", 42L, "proc.name", "bash", "fd.name", "/etc/shadow"));
        assertEquals("[42   |bas] opened /etc/shadow.", out.text());
        assertEquals("bash", out.fields().get("proc.name"), "output_fields keep the whole value");
    }

    @Test
    void listsPrintInParenthesesAndStayListsInFields() throws RulesException {
        OutputFormat format = compile("stack=%jvm.stack caller=%jvm.caller", Sources.JVM);
        RenderedOutput out = format.render(new FakeEvent(Sources.JVM, "file_open", T,
                Map.of("jvm.stack", List.of("java.io.FileInputStream.<init>", "com.acme.App.main"))));
        assertEquals("stack=(java.io.FileInputStream.<init>,com.acme.App.main) caller=<NA>", out.text());
        assertEquals(List.of("java.io.FileInputStream.<init>", "com.acme.App.main"), out.fields().get("jvm.stack"));
    }

    @Test
    void aFieldUsedTwiceIsOneOutputField() throws RulesException {
        RenderedOutput out = compile("%proc.name and %proc.name", Sources.SYSCALL).render(event("proc.name", "sh"));
        assertEquals("sh and sh", out.text());
        assertEquals(Map.of("proc.name", "sh"), out.fields());
    }

    @Test
    void alertTakesTimeAndSourceFromTheEvent() throws RulesException {
        Alert alert = compile("file=%fd.name", Sources.SYSCALL).alert(event("fd.name", "/etc/shadow"),
                "Read sensitive file", Priority.WARNING, "web-1", List.of("filesystem"));
        assertEquals(new Alert(T, "Read sensitive file", Priority.WARNING, Sources.SYSCALL, "web-1",
                "file=/etc/shadow", Map.of("fd.name", "/etc/shadow"), List.of("filesystem")), alert);
    }

    @Test
    void unknownFieldIsAnErrorWithPositionAndSuggestion() {
        String format = "Shell | user=%user.name proc=%proc.nmae";
        RulesException e = assertThrows(RulesException.class, () -> compile(format, Sources.SYSCALL));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("rules.yaml:1:31: error: unknown field 'proc.nmae' in output (did you mean proc.name?)\n"
                + "    | Shell | user=%user.name proc=%proc.nmae\n"
                + "    | " + " ".repeat(30) + "^", d.format());
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        String format = "%proc.nmae %evt.arg %fd.name[2] %proc.aname[x] %fd.name.x %proc.aname[2";
        RulesException e = assertThrows(RulesException.class, () -> compile(format, Sources.SYSCALL));
        assertEquals(List.of(
                "1:2 unknown field 'proc.nmae' in output (did you mean proc.name?)",
                "1:13 field 'evt.arg' requires an argument, e.g. evt.arg[...]",
                "1:22 field 'fd.name' takes no argument",
                "1:34 bad argument for 'proc.aname': ancestor index must be a number, got 'x'",
                "1:49 unknown field 'fd.name.x' in output (did you mean fd.name?)",
                "1:70 missing ']' after the argument of 'proc.aname'"), summaries(e));
    }

    @Test
    void malformedPercentAndTransformersAreErrors() {
        assertEquals(List.of("1:4 expected a field name after '%' in output"),
                summaries(assertThrows(RulesException.class, () -> compile("100% sure", Sources.SYSCALL))));
        assertEquals(List.of("1:4 expected a field name after '%' in output"),
                summaries(assertThrows(RulesException.class, () -> compile("at %", Sources.SYSCALL))));
        assertEquals(List.of("1:7 transformer 'tolower(...)' is not supported in outputs; use the field itself"),
                summaries(assertThrows(RulesException.class, () -> compile("name=%tolower(proc.name)",
                        Sources.SYSCALL))));
    }

    @Test
    void fieldsMustBeAvailableForTheRuleSource() throws RulesException {
        assertEquals(List.of("1:7 field 'fd.name' is not available for source 'jvm' (only syscall)"),
                summaries(assertThrows(RulesException.class, () -> compile("file=%fd.name", Sources.JVM))));
        RenderedOutput out = compile("%proc.name %jvm.caller", Sources.JVM).render(new FakeEvent(Sources.JVM,
                "file_open", T, Map.of("proc.name", "java", "jvm.caller", "com.acme.App.main(App.java:3)")));
        assertEquals("java com.acme.App.main(App.java:3)", out.text());
    }

    @Test
    void everyOutputOfTheOfficialRulesCompiles() throws RulesException {
        // The outputs of falco_rules.yaml use these shapes; the full file is checked by the fields test.
        OutputFormat format = compile("Detect release_agent | file=%fd.name cap_effective=%thread.cap_effective "
                + "gexepath=%proc.aexepath[2] evt_type=%evt.type exe_flags=%evt.arg.flags socket_info=%evt.args "
                + "fd.sip=%fd.sip lport=%fd.lport ctime=%proc.exe_ino.ctime start=%container.start_ts",
                Sources.SYSCALL);
        assertEquals(10, format.render(event()).fields().size());
    }

    private static List<String> summaries(RulesException e) {
        String[] out = new String[e.diagnostics().size()];
        for (int i = 0; i < out.length; i++) {
            Diagnostic d = e.diagnostics().get(i);
            out[i] = d.position().line() + ":" + d.position().column() + " " + d.message();
        }
        return Arrays.asList(out);
    }
}
