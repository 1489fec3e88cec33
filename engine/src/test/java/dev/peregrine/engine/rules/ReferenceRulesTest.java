package dev.peregrine.engine.rules;

import dev.peregrine.engine.Reference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceRulesTest {

    @Test
    void loadsFalcoDefaultRules() throws Exception {
        RulesetSpec spec = Loading.load(RulesFile.read(Reference.falcoRules()));

        assertEquals(25, spec.rules().size());
        assertEquals(87, spec.macros().size());
        assertEquals(49, spec.lists().size());
        assertEquals("0.57.0", spec.requiredEngineVersion().orElseThrow());
        assertEquals(List.of(), Loading.lines(spec.warnings()));
    }

    @Test
    void keepsFileOrderAndPositions() throws Exception {
        RulesetSpec spec = Loading.load(RulesFile.read(Reference.falcoRules()));

        MacroSpec first = spec.macros().get(0);
        assertEquals("open_write", first.name());
        assertEquals(42, first.position().line());
        assertEquals(3, first.position().column());
        assertTrue(first.condition().value().startsWith("(evt.type in (open,openat,openat2)"));
        // The condition scalar starts after "  condition: " on the next line.
        assertEquals("falco_rules.yaml:43:14", first.condition().start().toString().replaceAll(".*/", ""));
    }

    @Test
    void readsRuleAttributes() throws Exception {
        RulesetSpec spec = Loading.load(RulesFile.read(Reference.falcoRules()));

        RuleSpec rule = spec.rule("Terminal shell in container").orElseThrow();
        assertEquals(Priority.NOTICE, rule.priority());
        assertEquals("syscall", rule.source());
        assertTrue(rule.enabled());
        assertTrue(rule.warnEvttypes());
        assertTrue(rule.tags().contains("container"), rule.tags().toString());
        assertEquals(rule.tags().stream().sorted().toList(), rule.tags());
        assertTrue(rule.output().startsWith("A shell was spawned in a container"), rule.output());
        assertTrue(rule.exceptions().isEmpty());
    }
}
