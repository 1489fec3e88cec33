package dev.peregrine.cli.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.rules.Priority;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OutcomeTest {

    private static final Scenario ATTACK = new Scenario("a", "Shell spawned by a JVM", JsonNodeFactory.instance.objectNode());
    private static final Scenario BENIGN = new Scenario("b", null, JsonNodeFactory.instance.objectNode());

    private static Alert alert(String rule, Priority priority) {
        return new Alert(0, rule, priority, "syscall", "host", "out", Map.of(), List.of());
    }

    @Test
    void anAttackPassesOnlyWhenItsRuleFired() {
        assertTrue(new Outcome(ATTACK, List.of(alert("Shell spawned by a JVM", Priority.NOTICE))).passed());
        assertFalse(new Outcome(ATTACK, List.of()).passed());
        assertFalse(new Outcome(ATTACK, List.of(alert("Other rule", Priority.CRITICAL))).passed());
    }

    @Test
    void aBenignEventFailsOnAnyAlertAtWarningOrAbove() {
        assertTrue(new Outcome(BENIGN, List.of()).passed());
        assertTrue(new Outcome(BENIGN, List.of(alert("Noise", Priority.NOTICE))).passed());
        assertFalse(new Outcome(BENIGN, List.of(alert("Noise", Priority.WARNING))).passed());
        assertFalse(new Outcome(BENIGN, List.of(alert("Noise", Priority.CRITICAL))).passed());
    }
}
