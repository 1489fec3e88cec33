package dev.peregrine.engine.compile;

import dev.peregrine.engine.diag.RulesException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad rules: each error names file, line, column and what is wrong, with the source line and a caret. */
class CompileErrorsTest {

    private static String rule(String condition) {
        return "- rule: r\n  desc: d\n  condition: " + condition + "\n  output: o\n  priority: INFO\n";
    }

    @Test
    void unknownFieldWithSuggestionAndExactPosition() {
        List<String> errors = Compiling.errors(rule("evt.type = execve and proc.nmae = bash"));
        assertEquals(List.of("""
                rules.yaml:3:36: error: unknown field 'proc.nmae' (did you mean proc.name?)
                    |   condition: evt.type = execve and proc.nmae = bash
                    |                                    ^"""), errors);
    }

    @Test
    void unknownFieldInAMacroPointsIntoTheMacro() {
        List<String> errors = Compiling.errors("""
                - macro: m
                  condition: >
                    evt.type = execve and
                    fd.nmae = x
                """ + rule("m"));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("rules.yaml:4:5: error: unknown field 'fd.nmae' (did you mean fd.name?)"),
                errors.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fd.num contains 3|3:21|operator 'contains' is not supported for 'fd.num' (int)",
            "proc.name < 3|3:24|operator '<' is not supported for 'proc.name' (string)",
            "fd.num = abc|3:23|'abc' is not a number; 'fd.num' (int) is compared with numbers",
            "fd.num pmatch (/a)|3:21|operator 'pmatch' is not supported for 'fd.num' (int)",
            "fd.num in (1, x)|3:28|'x' is not a number; 'fd.num' (int) is compared with numbers",
            "evt.is_open_read = maybe|3:33|'maybe' is not a boolean (true or false) for 'evt.is_open_read' (bool)",
            "fd.ip = 10.0.0.300|3:22|'10.0.0.300' is not an IP address or network for 'fd.ip' (ipaddr)",
            "proc.name bcontains 41|3:24|operator 'bcontains' is not supported for 'proc.name' (string)",
            "proc.name regex \"[a\"|3:30|invalid regex '[a': Unclosed character class",
            "proc.name[2] = x|3:14|field 'proc.name' does not take an argument",
            "evt.arg = x|3:14|field 'evt.arg' requires an argument, e.g. evt.arg[...]",
            "jvm.stack = x|3:24|operator '=' is not supported for 'jvm.stack' (string list); a list field takes in, intersects, exists or anyof/allof/oneof",
            "proc.name in nope|3:27|undefined list 'nope'",
            "evt.type = execve and nope|3:36|undefined macro 'nope'",
            "tolower(fd.num) = x|3:14|transformer 'tolower' needs a string, not 'fd.num' (int)",
    })
    void typeErrors(String condition, String position, String message) {
        List<String> errors = Compiling.errors(rule(condition));
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("rules.yaml:" + position + ": error: " + message, errors.get(0).lines().findFirst().get());
    }

    @Test
    void macroCycleNamesTheCycle() {
        List<String> errors = Compiling.errors("""
                - macro: a
                  condition: evt.type = open and b
                - macro: b
                  condition: proc.name = x or a
                """ + rule("a"));
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).startsWith("rules.yaml:4:31: error: macro cycle: a -> b -> a"), errors.get(0));
    }

    @Test
    void listCycleNamesTheCycle() {
        List<String> errors = Compiling.errors("""
                - list: a
                  items: [x, b]
                - list: b
                  items: [c]
                - list: c
                  items: [a]
                """ + rule("proc.name in (a)"));
        assertTrue(errors.get(0).startsWith("rules.yaml:6:11: error: list cycle: a -> b -> c -> a"), errors.get(0));
    }

    @Test
    void unknownFieldInOutputIsAnError() {
        List<String> errors = Compiling.errors(
                "- rule: r\n  desc: d\n  condition: proc.name = x\n  output: o %proc.nmae\n  priority: INFO\n");
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.get(0).contains("proc.nmae"), errors.get(0));
    }

    @Test
    void everyErrorIsReportedInOneRun() {
        List<String> errors = Compiling.errors(rule("fd.nmae = x") + rule("proc.name < 1").replace("r\n", "r2\n"));
        assertEquals(2, errors.size(), errors::toString);
    }

    @Test
    void skipIfUnknownFilterTurnsTheErrorIntoAWarningAndSkipsTheRule() throws RulesException {
        CompiledRuleset rs = Compiling.compile(rule("proc.nmae = bash") + "  skip-if-unknown-filter: true\n"
                + rule("proc.name = bash").replace("rule: r\n", "rule: kept\n"));
        assertNull(rs.rule("r"));
        assertNotNull(rs.rule("kept"));
        assertEquals(1, rs.enabledRules());
        assertTrue(rs.warnings().stream().anyMatch(w -> w.format().startsWith(
                "rules.yaml:3:14: warning: rule 'r' skipped (skip-if-unknown-filter): unknown field 'proc.nmae'")),
                rs.warnings()::toString);
        // other errors still fail even with the flag
        assertEquals(1, Compiling.errors(rule("proc.name < 1") + "  skip-if-unknown-filter: true\n").size());
    }

    @Test
    void warnsWhenARuleHasNoEvtTypeRestriction() throws RulesException {
        CompiledRuleset rs = Compiling.compile(rule("proc.name = bash") + rule("evt.type = open and proc.name = x")
                .replace("rule: r\n", "rule: typed\n") + rule("proc.name = y").replace("rule: r\n", "rule: quiet\n")
                + "  warn_evttypes: false\n");
        List<String> w = rs.warnings().stream().map(d -> d.format().lines().findFirst().get()).toList();
        assertEquals(List.of("rules.yaml:1:3: warning: rule 'r' matches too many evt.type values (no evt.type "
                + "restriction): this has a significant performance penalty"), w);
    }
}
