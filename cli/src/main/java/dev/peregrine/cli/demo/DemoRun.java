package dev.peregrine.cli.demo;

import dev.peregrine.cli.replay.BadEventException;
import dev.peregrine.cli.replay.EventParser;
import dev.peregrine.cli.replay.ReplayEvent;
import dev.peregrine.engine.Engine;
import dev.peregrine.engine.output.Alert;

import java.util.ArrayList;
import java.util.List;

/** Replays each scenario's event through the engine, through the same parser and binder as {@code replay}. */
public final class DemoRun {

    private final Engine engine;
    private final EventParser parser;

    public DemoRun(Engine engine, EventParser parser) {
        this.engine = engine;
        this.parser = parser;
    }

    public Outcome run(Scenario scenario) {
        ReplayEvent event = new ReplayEvent();
        try {
            parser.parse(scenario.event(), event);
        } catch (BadEventException e) {
            // The scenarios ship with Peregrine: a bad one is a bug in this build, not a user error.
            throw new IllegalStateException(Scenarios.RESOURCE + ": scenario '" + scenario.attack() + "': "
                    + e.getMessage(), e);
        }
        List<Alert> alerts = new ArrayList<>();
        engine.evaluate(event, alert -> alerts.add(alert.copy())); // the engine lends alerts only for the call
        return new Outcome(scenario, alerts);
    }
}
