package dev.peregrine.engine.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each bad input names file, line, column and what is wrong; nothing is returned when anything is wrong. */
class BadInputTest {

    private static final String RULE_TAIL = """
              desc: d
              output: o
              priority: INFO
            """;

    private static void assertFails(String yaml, String... expected) {
        assertEquals(List.of(expected), Loading.failures(yaml));
    }

    @Test
    void yamlSyntaxError() {
        assertFails("""
                - macro: m
                  condition: a
                 - macro: n
                """, "rules.yaml:3:2: error: invalid YAML: while parsing a block collection:"
                + " expected <block end>, but found '<block sequence start>'");
    }

    @Test
    void unclosedFlowSequence() {
        assertFails("""
                - list: l
                  items: [a, b
                - macro: m
                """, "rules.yaml:3:8: error: invalid YAML: while parsing a flow sequence:"
                + " expected ',' or ']', but got :");
    }

    @Test
    void unknownItemKindAndUnknownKeysAreWarnings() throws Exception {
        RulesetSpec spec = Loading.load("""
                - macro: m
                  condition: a
                  condtion: b
                - frobnicate: yes
                """);
        assertEquals(List.of(
                "rules.yaml:3:3: warning: unknown key 'condtion' in macro 'm'",
                "rules.yaml:4:3: warning: unknown item: expected a rule, macro, list, required_engine_version"
                        + " or required_plugin_versions"), Loading.lines(spec.warnings()));
        assertEquals(1, spec.macros().size());
    }

    @Test
    void missingKeys() {
        assertFails("""
                - rule: r
                  condition: evt.type = open
                  priority: INFO
                - macro: m
                - list: l
                """,
                "rules.yaml:1:3: error: missing required keys 'output', 'desc' in rule 'r'",
                "rules.yaml:4:3: error: missing required key 'condition' in macro 'm'",
                "rules.yaml:5:3: error: missing required key 'items' in list 'l'");
    }

    @Test
    void ruleWithNeitherDefinitionNorToggle() {
        assertFails("""
                - rule: r
                  tags: [a]
                """, "rules.yaml:1:3: error: rule 'r' needs 'condition', 'output', 'desc' and 'priority' (or only"
                + " 'enabled', to enable or disable an existing rule)");
    }

    @Test
    void badPriority() {
        assertFails("""
                - rule: r
                  condition: evt.type = open
                  desc: d
                  output: o
                  priority: LOUD
                """, "rules.yaml:5:13: error: invalid priority 'LOUD': expected one of emergency, alert, critical,"
                + " error, warning, notice, informational (or info), debug");
    }

    @Test
    void overrideTogetherWithAppend() {
        assertFails("""
                - macro: m
                  condition: a
                - macro: m
                  condition: b
                  append: true
                  override:
                    condition: append
                """, "rules.yaml:5:3: error: " + Messages.OVERRIDE_WITH_APPEND);
    }

    @Test
    void overrideOfUndefinedItems() {
        assertFails("""
                - rule: nope
                  priority: ERROR
                  override:
                    priority: replace
                - list: l
                  items: [a]
                  override:
                    items: append
                - macro: m
                  condition: and b
                  append: true
                """,
                "rules.yaml:1:3: error: rule 'nope' uses 'override' but no rule by that name is defined",
                "rules.yaml:5:3: error: list 'l' uses 'append' or 'override.items: append' but no list by that"
                        + " name is defined",
                "rules.yaml:11:3: warning: " + Messages.DEPRECATED_APPEND,
                "rules.yaml:9:3: error: macro 'm' uses 'append' or 'override.condition: append' but no macro by"
                        + " that name is defined");
    }

    @Test
    void invalidOverrides() {
        assertFails("""
                - rule: r
                  condition: a
                """ + RULE_TAIL + """
                - rule: r
                  priority: ERROR
                  override:
                    priority: append
                - rule: r
                  source: k8s_audit
                  override:
                    source: replace
                - rule: r
                  condition: b
                  override:
                    condition: merge
                - rule: r
                  condition: b
                  desc: d2
                  override:
                    condition: append
                - rule: r
                  override:
                    output: replace
                """,
                "rules.yaml:9:5: error: key 'priority' cannot be appended to, use 'replace' instead",
                "rules.yaml:13:5: error: key 'source' cannot be replaced",
                "rules.yaml:17:16: error: invalid override operation for key 'condition': expected append or"
                        + " replace, not 'merge'",
                "rules.yaml:20:3: error: unexpected key 'desc': no corresponding entry under 'override' is defined",
                "rules.yaml:24:3: error: 'override' has an entry for 'output' but the rule does not define 'output'");
    }

    @Test
    void wrongValueTypes() {
        assertFails("""
                - rule: r
                  condition: [a, b]
                """ + RULE_TAIL + """
                - rule: s
                  condition: a
                  enabled: maybe
                """ + RULE_TAIL + """
                - rule: t
                  condition: a
                  tags: mitre
                """ + RULE_TAIL + """
                - list: l
                  items: [a, {b: c}]
                - macro: m
                  condition:
                - list: k
                  items: x
                - rule: u
                  condition: a
                  exceptions: none
                """ + RULE_TAIL + """
                - just a string
                """,
                "rules.yaml:2:14: error: value of 'condition' must be a string, not a sequence",
                "rules.yaml:8:12: error: value of 'enabled' must be true or false, not 'maybe'",
                "rules.yaml:14:9: error: value of 'tags' must be a sequence, not a scalar",
                "rules.yaml:19:14: error: items of 'items' must be a string, not a mapping",
                "rules.yaml:21:13: error: value of 'condition' must not be empty",
                "rules.yaml:23:10: error: value of 'items' must be a sequence, not a scalar",
                "rules.yaml:26:15: error: value of 'exceptions' must be a sequence, not a scalar",
                "rules.yaml:30:3: error: a rules file item must be a mapping, not a scalar");
    }

    @Test
    void fileThatIsNotASequenceAndDuplicateKeys() {
        assertFails("""
                rule: r
                """, "rules.yaml:1:1: error: a rules file must be a sequence of items, not a mapping");
        assertFails("""
                - macro: m
                  condition: a
                  condition: b
                """, "rules.yaml:3:3: error: duplicate key 'condition'");
    }

    @Test
    void invalidNamesAndVersions() {
        assertFails("""
                - macro: 9lives
                  condition: a
                - list: "a b"
                  items: []
                - required_engine_version: latest
                """,
                "rules.yaml:1:10: error: invalid macro name '9lives': macro names must match [a-zA-Z]+[a-zA-Z0-9_]*",
                "rules.yaml:3:9: error: invalid list name 'a b': list names must match [^()\"'\\s=,]+",
                "rules.yaml:5:28: error: invalid required_engine_version 'latest': expected a number or a version"
                        + " x.y.z");
    }

    @Test
    void pluginVersionsShape() {
        assertFails("""
                - required_plugin_versions:
                    - name: container
                - required_plugin_versions: container
                """,
                "rules.yaml:2:7: error: missing required key 'version' in plugin 'container'",
                "rules.yaml:3:29: error: value of 'required_plugin_versions' must be a sequence, not a scalar");
    }

    @Test
    void falcoCaptureKeysAreAcceptedButIgnored() throws Exception {
        RulesetSpec spec = Loading.load("""
                - rule: r
                  condition: a
                  capture: true
                """ + RULE_TAIL);
        assertEquals(List.of("rules.yaml:3:3: warning: key 'capture' is not supported by Peregrine and is ignored"),
                Loading.lines(spec.warnings()));
    }

    @Test
    void reportsErrorsOfEveryFileAndKeepsWarnings() {
        List<String> failures = Loading.failures(
                new RulesFile("a.yaml", "- macro: m\n  condition: a\n  bogus: 1\n- macro: n\n"),
                new RulesFile("b.yaml", "- rule: r\n  enabled: false\n"));
        assertEquals(List.of(
                "a.yaml:3:3: warning: unknown key 'bogus' in macro 'm'",
                "a.yaml:4:3: error: missing required key 'condition' in macro 'n'",
                "b.yaml:2:3: warning: " + Messages.DEPRECATED_ENABLED,
                "b.yaml:1:3: error: rule 'r' has only 'enabled' but no rule by that name is defined"), failures);
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder yaml = new StringBuilder("- list: l\n  items: &a0 [x, x]\n");
        for (int i = 1; i <= 60; i++) {
            yaml.append("- list: l").append(i).append("\n  items: &a").append(i).append(" [*a").append(i - 1)
                    .append(", *a").append(i - 1).append("]\n");
        }
        List<String> failures = Loading.failures(yaml.toString());
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).startsWith("rules.yaml:1:1: error: invalid YAML: Number of aliases"),
                failures.get(0));
    }

    @Test
    void diagnosticPrintsLineAndCaret() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.peregrine.engine.diag.RulesException.class,
                () -> Loading.load("""
                        - rule: r
                          condition: a
                          desc: d
                          output: o
                          priority: LOUD
                        """));
        assertEquals("""
                rules.yaml:5:13: error: invalid priority 'LOUD': expected one of emergency, alert, critical, error,\
                 warning, notice, informational (or info), debug
                    |   priority: LOUD
                    |             ^""", e.diagnostics().get(0).format());
    }
}
