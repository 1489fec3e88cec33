package dev.peregrine.engine.rules;

import dev.peregrine.engine.Reference;
import dev.peregrine.engine.diag.SourcePosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A local rules file on top of Falco's default rules, as falco_rules.local.yaml is used. */
class UserOverridesTest {

    private static final String LOCAL = """
            - list: shell_binaries
              items: [fish]
              override:
                items: append

            - macro: user_expected_terminal_shell_in_container_conditions
              condition: (proc.pname = tmux)
              override:
                condition: replace

            - rule: Terminal shell in container
              priority: warning
              override:
                priority: replace

            - rule: Read sensitive file untrusted
              enabled: false
              override:
                enabled: replace

            - rule: System user interactive
              enabled: false

            - rule: Terminal shell in container
              condition: and not proc.name = zsh
              exceptions:
                - name: known_shells
                  fields: [proc.name, container.image.repository]
                  values:
                    - [bash, docker.io/library/debian]
              override:
                condition: append
                exceptions: append

            - rule: Terminal shell in container
              exceptions:
                - name: known_shells
                  values:
                    - [sh, [alpine, "busy box"]]
              override:
                exceptions: append
            """;

    private static RulesetSpec base;
    private static RulesetSpec spec;

    @BeforeAll
    static void load() throws Exception {
        base = Loading.load(RulesFile.read(Reference.falcoRules()));
        spec = Loading.load(RulesFile.read(Reference.falcoRules()), new RulesFile("falco_rules.local.yaml", LOCAL));
    }

    @Test
    void countsAndOrderAreUnchanged() {
        assertEquals(25, spec.rules().size());
        assertEquals(87, spec.macros().size());
        assertEquals(49, spec.lists().size());
        assertEquals(base.rules().stream().map(RuleSpec::name).toList(),
                spec.rules().stream().map(RuleSpec::name).toList());
    }

    @Test
    void appendsToList() {
        List<String> items = spec.list("shell_binaries").orElseThrow().items().stream().map(Text::value).toList();
        assertEquals(List.of("ash", "bash", "csh", "ksh", "sh", "tcsh", "zsh", "dash", "fish"), items);
        Text fish = spec.list("shell_binaries").orElseThrow().items().get(8);
        assertEquals("falco_rules.local.yaml:2:11", fish.start().toString());
    }

    @Test
    void replacesMacroCondition() {
        MacroSpec macro = spec.macro("user_expected_terminal_shell_in_container_conditions").orElseThrow();
        assertEquals("(proc.pname = tmux)", macro.condition().value());
        assertEquals("falco_rules.local.yaml:7:14", macro.condition().start().toString());
        assertEquals("(never_true)",
                base.macro("user_expected_terminal_shell_in_container_conditions").orElseThrow().condition().value());
    }

    @Test
    void replacesPriority() {
        assertEquals(Priority.NOTICE, base.rule("Terminal shell in container").orElseThrow().priority());
        assertEquals(Priority.WARNING, spec.rule("Terminal shell in container").orElseThrow().priority());
    }

    @Test
    void disablesRulesByOverrideAndByDeprecatedToggle() {
        assertFalse(spec.rule("Read sensitive file untrusted").orElseThrow().enabled());
        assertFalse(spec.rule("System user interactive").orElseThrow().enabled());
        assertTrue(spec.rule("Run shell untrusted").orElseThrow().enabled());
        assertEquals(List.of("falco_rules.local.yaml:22:3: warning: " + Messages.DEPRECATED_ENABLED),
                Loading.lines(spec.warnings()));
    }

    @Test
    void appendsConditionLocatingBothFiles() {
        Text base = UserOverridesTest.base.rule("Terminal shell in container").orElseThrow().condition();
        Text condition = spec.rule("Terminal shell in container").orElseThrow().condition();
        assertEquals(base.value() + " and not proc.name = zsh", condition.value());

        SourcePosition appended = condition.locate(base.value().length() + 1 + "and not ".length());
        assertEquals("falco_rules.local.yaml:25:22", appended.toString());
        assertEquals("  condition: and not proc.name = zsh", appended.lineText());
        SourcePosition original = condition.locate(condition.value().indexOf("container_entrypoint"));
        assertTrue(original.file().endsWith("falco_rules.yaml"), original.file());
        assertEquals(725, original.line());
        assertEquals(9, original.column());
    }

    @Test
    void appendsExceptionThenItsValuesByName() {
        List<ExceptionSpec> exceptions = spec.rule("Terminal shell in container").orElseThrow().exceptions();
        assertEquals(1, exceptions.size());
        ExceptionSpec ex = exceptions.get(0);
        assertEquals("known_shells", ex.name());
        assertEquals(List.of("proc.name", "container.image.repository"), ex.fields());
        assertEquals(List.of("=", "="), ex.comps());
        assertFalse(ex.singleField());
        assertEquals(2, ex.values().size());
        assertEquals(List.of("bash", "docker.io/library/debian"), ex.values().get(0).stream().map(Text::value).toList());
        assertEquals(List.of("sh", "(alpine, \"busy box\")"), ex.values().get(1).stream().map(Text::value).toList());
        Text busyBox = ex.values().get(1).get(1);
        assertEquals("falco_rules.local.yaml:39:31", busyBox.locate(busyBox.value().indexOf("box")).toString());
    }
}
