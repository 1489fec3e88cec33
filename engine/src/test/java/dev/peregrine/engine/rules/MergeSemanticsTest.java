package dev.peregrine.engine.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Redefinition, deprecated append and overrides across several files, as Falco merges them. */
class MergeSemanticsTest {

    private static final RulesFile BASE = new RulesFile("base.yaml", """
            - list: l1
              items: [a]
            - list: l2
              items: [b]
            - macro: m1
              condition: x = 1
            - macro: m2
              condition: y = 2
            - rule: r1
              condition: m1
              desc: first
              output: one %proc.name
              priority: INFO
              tags: [b, a]
            - rule: r2
              condition: m2
              desc: second
              output: two
              priority: DEBUG
            """);

    @Test
    void redefinitionReplacesInPlace() throws Exception {
        RulesetSpec spec = Loading.load(BASE, new RulesFile("user.yaml", """
                - list: l1
                  items: [z]
                - macro: m1
                  condition: x = 9
                - rule: r1
                  condition: m2
                  desc: redefined
                  output: "  new  "
                  priority: critical
                """));
        assertEquals(List.of("l1", "l2"), spec.lists().stream().map(ListSpec::name).toList());
        assertEquals(List.of("z"), spec.list("l1").orElseThrow().items().stream().map(Text::value).toList());
        assertEquals(List.of("m1", "m2"), spec.macros().stream().map(MacroSpec::name).toList());
        assertEquals("x = 9", spec.macro("m1").orElseThrow().condition().value());
        assertEquals(List.of("r1", "r2"), spec.rules().stream().map(RuleSpec::name).toList());
        RuleSpec r1 = spec.rule("r1").orElseThrow();
        assertEquals("m2", r1.condition().value());
        assertEquals("new", r1.output());
        assertEquals(Priority.CRITICAL, r1.priority());
        assertEquals(List.of(), r1.tags());
        assertEquals("user.yaml:5:3", r1.position().toString());
    }

    @Test
    void deprecatedAppendWorksWithWarnings() throws Exception {
        RulesetSpec spec = Loading.load(BASE, new RulesFile("user.yaml", """
                - list: l1
                  items: [c]
                  append: true
                - macro: m1
                  condition: or x = 2
                  append: true
                - rule: r1
                  condition: and not proc.name = cat
                  append: true
                """));
        assertEquals(List.of("a", "c"), spec.list("l1").orElseThrow().items().stream().map(Text::value).toList());
        assertEquals("x = 1 or x = 2", spec.macro("m1").orElseThrow().condition().value());
        assertEquals("m1 and not proc.name = cat", spec.rule("r1").orElseThrow().condition().value());
        assertEquals("user.yaml:5:14", spec.macro("m1").orElseThrow().condition().locate(6).toString());
        String w = ": warning: " + Messages.DEPRECATED_APPEND;
        assertEquals(List.of("user.yaml:3:3" + w, "user.yaml:6:3" + w, "user.yaml:9:3" + w),
                Loading.lines(spec.warnings()));
    }

    @Test
    void overridesAppendAndReplaceSeveralKeysAtOnce() throws Exception {
        RulesetSpec spec = Loading.load(BASE, new RulesFile("user.yaml", """
                - macro: m2
                  condition: and z = 3
                  override:
                    condition: append
                - rule: r1
                  desc: more
                  output: (extra)
                  tags: [c]
                  priority: ALERT
                  enabled: false
                  warn_evttypes: false
                  skip-if-unknown-filter: true
                  override:
                    desc: append
                    output: append
                    tags: append
                    priority: replace
                    enabled: replace
                    warn_evttypes: replace
                    skip-if-unknown-filter: replace
                - rule: r2
                  tags: [x]
                  override:
                    tags: replace
                """));
        assertEquals("y = 2 and z = 3", spec.macro("m2").orElseThrow().condition().value());
        RuleSpec r1 = spec.rule("r1").orElseThrow();
        assertEquals("first more", r1.desc());
        assertEquals("one %proc.name (extra)", r1.output());
        assertEquals(List.of("a", "b", "c"), r1.tags());
        assertEquals(Priority.ALERT, r1.priority());
        assertFalse(r1.enabled());
        assertFalse(r1.warnEvttypes());
        assertEquals(true, r1.skipIfUnknownFilter());
        assertEquals("base.yaml:9:3", r1.position().toString());
        assertEquals(List.of("x"), spec.rule("r2").orElseThrow().tags());
        assertEquals(List.of(), spec.warnings());
    }

    @Test
    void reEnablingAndSourceDefaults() throws Exception {
        RulesetSpec spec = Loading.load(BASE, new RulesFile("user.yaml", """
                - rule: r2
                  enabled: false
                - rule: r2
                  enabled: true
                  override:
                    enabled: replace
                - rule: j
                  condition: jvm.class = x
                  desc: d
                  output: o
                  priority: Informational
                  source: jvm
                """));
        assertEquals(true, spec.rule("r2").orElseThrow().enabled());
        assertEquals("syscall", spec.rule("r2").orElseThrow().source());
        assertEquals("jvm", spec.rule("j").orElseThrow().source());
        assertEquals(Priority.INFORMATIONAL, spec.rule("j").orElseThrow().priority());
    }

    @Test
    void redefinitionWithAnotherSourceIsAnError() {
        assertEquals(List.of("user.yaml:1:3: error: rule 'r1' is redefined with source 'jvm' but was defined with"
                + " source 'syscall'"), Loading.failures(BASE, new RulesFile("user.yaml", """
                - rule: r1
                  condition: a
                  desc: d
                  output: o
                  priority: INFO
                  source: jvm
                """)));
    }

    @Test
    void highestRequiredEngineVersionWins() throws Exception {
        RulesetSpec spec = Loading.load(new RulesFile("a.yaml", """
                - required_engine_version: 0.10.0
                - required_engine_version: 9
                - required_engine_version: 0.9.5
                """));
        assertEquals("0.10.0", spec.requiredEngineVersion().orElseThrow());
    }
}
