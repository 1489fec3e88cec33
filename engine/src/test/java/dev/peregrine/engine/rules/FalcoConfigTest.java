package dev.peregrine.engine.rules;

import dev.peregrine.engine.Reference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FalcoConfigTest {

    @Test
    void readsFalcosOwnConfiguration() throws Exception {
        FalcoConfig c = FalcoConfig.parse(RulesFile.read(Reference.dir().resolve("falco.yaml")));
        assertEquals(List.of("/etc/falco/falco_rules.yaml", "/etc/falco/falco_rules.local.yaml", "/etc/falco/rules.d"),
                c.rulesFiles());
        assertEquals(FalcoConfig.RuleMatching.FIRST, c.ruleMatching());
        assertEquals(Priority.DEBUG, c.priority());
        assertFalse(c.jsonOutput());
        assertTrue(c.jsonIncludeOutputProperty());
        assertTrue(c.jsonIncludeTagsProperty());
        assertFalse(c.bufferedOutputs());
        assertTrue(c.stdoutOutput());
        assertEquals(new FalcoConfig.FileOutput(false, "./events.txt", false), c.fileOutput());
        assertEquals(new FalcoConfig.HttpOutput(false, ""), c.httpOutput());
        assertEquals(List.of(), c.warnings());
    }

    @Test
    void readsUserValues() throws Exception {
        FalcoConfig c = FalcoConfig.parse(new RulesFile("falco.yaml", """
                rules_file: /opt/rules.yaml
                rule_matching: all
                priority: warning
                json_output: true
                json_include_tags_property: false
                buffered_outputs: true
                file_output:
                  enabled: true
                  filename: /var/log/alerts.json
                unrelated:
                  key: 1
                """));
        assertEquals(List.of("/opt/rules.yaml"), c.rulesFiles());
        assertEquals(FalcoConfig.RuleMatching.ALL, c.ruleMatching());
        assertEquals(Priority.WARNING, c.priority());
        assertTrue(c.jsonOutput());
        assertFalse(c.jsonIncludeTagsProperty());
        assertTrue(c.jsonIncludeOutputProperty());
        assertTrue(c.bufferedOutputs());
        assertEquals(new FalcoConfig.FileOutput(true, "/var/log/alerts.json", false), c.fileOutput());
    }

    @Test
    void reportsEveryBadKey() {
        var e = assertThrows(dev.peregrine.engine.diag.RulesException.class, () -> FalcoConfig.parse(
                new RulesFile("falco.yaml", """
                        rule_matching: some
                        priority: loud
                        json_output: maybe
                        stdout_output: yes
                        """)));
        assertEquals(List.of(
                "falco.yaml:1:16: error: invalid rule_matching 'some': expected first or all",
                "falco.yaml:2:11: error: invalid priority 'loud': expected one of emergency, alert, critical, error,"
                        + " warning, notice, informational (or info), debug",
                "falco.yaml:4:16: error: value of 'stdout_output' must be a mapping, not a scalar",
                "falco.yaml:3:14: error: value of 'json_output' must be true or false, not 'maybe'"),
                Loading.lines(e.diagnostics()));
    }
}
