package dev.peregrine.cli.demo;

import dev.peregrine.engine.output.Alert;
import dev.peregrine.engine.rules.Priority;

import java.util.List;

/** What the rules made of one scenario. */
public record Outcome(Scenario scenario, List<Alert> alerts) {

    public Outcome {
        alerts = List.copyOf(alerts);
    }

    /** For an attack: its expected rule fired. For a benign event: nothing at Warning or above fired. */
    public boolean passed() {
        if (scenario.isAttack()) {
            return alerts.stream().anyMatch(a -> a.rule().equals(scenario.expectedRule()));
        }
        return alerts.stream().noneMatch(a -> a.priority().atLeast(Priority.WARNING));
    }
}
